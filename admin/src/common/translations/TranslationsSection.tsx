/**
 * "Übersetzungen" on the edit page of a record with German texts for the public (an offer, a public
 * profile, a centre): for every configured language but German (the source) a panel with the German
 * text read-only beside the inputs for its translation, the translation's state, and the actions to
 * confirm it as current or (offers) have Amazon Translate draft it. The texts are saved with the form
 * (its normal PUT with the version check); the state is the server's (`translationStatus`, `textVersion`).
 */
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { Button, Confirm, TextInput, useDataProvider, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Language } from '../../../../shared/i18n/languages';
import type { AppDataProvider } from '../../dataProvider';
import { TranslationChips } from './TranslationChips';
import { filled, languageLabel, TRANSLATION_LANGUAGES, translationStates, type TranslationState } from './state';
import { useMachineTranslation } from './useMachineTranslation';

/** One translatable text: its place in `translations[code]`, its label, and the German it translates. */
export interface Row {
  path: string;
  label: string;
  german: string;
  multiline: boolean;
}

const dateOf = (iso: string, locale: string) => new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'Europe/Berlin' });

/** An offer's texts to translate, from the form as it is now: title and description always, a note where German has one (or a translation still does). */
export function useOfferRows(): Row[] {
  const translate = useTranslate();
  const [title, description, schedules, cost, accessibility, translations] = useWatch({ name: ['title', 'description', 'schedules', 'cost', 'accessibility', 'translations'] });
  const all = Object.values((translations ?? {}) as Record<string, any>);
  const translated = (pick: (t: any) => unknown) => all.some((t) => filled(t && pick(t)));
  const rows: Row[] = [
    { path: 'title', label: translate('app.translation.field.title'), german: title ?? '', multiline: false },
    { path: 'description', label: translate('app.translation.field.description'), german: description ?? '', multiline: true },
  ];
  ((schedules ?? []) as ({ description?: string } | undefined)[]).forEach((s, i) => {
    if (filled(s?.description) || translated((t) => t.scheduleNotes?.[i]))
      rows.push({ path: `scheduleNotes.${i}`, label: translate('app.translation.field.scheduleNote', { number: i + 1 }), german: s?.description ?? '', multiline: false });
  });
  if (filled(cost?.notes) || translated((t) => t.costNote)) rows.push({ path: 'costNote', label: translate('app.translation.field.costNote'), german: cost?.notes ?? '', multiline: true });
  if (filled(accessibility?.notes) || translated((t) => t.accessibilityNote))
    rows.push({ path: 'accessibilityNote', label: translate('app.translation.field.accessibilityNote'), german: accessibility?.notes ?? '', multiline: true });
  return rows;
}

/** Where the record's translations are confirmed (`/<resource>/{id}/translations/{lang}/confirm`), and whether a machine may draft them. */
export interface TranslationTarget {
  resource: string;
  machine: boolean;
}

export function TranslationsSection({ useRows = useOfferRows, target = { resource: 'offers', machine: true } }: { useRows?: () => Row[]; target?: TranslationTarget }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext();
  const rows = useRows();
  if (!rows.length) return null;
  return (
    <Box component="section" aria-labelledby="translations-heading" sx={{ width: '100%', mt: 3 }} data-testid="translations">
      <Typography variant="h6" component="h2" id="translations-heading">
        {translate('app.translation.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1, maxWidth: '80ch' }}>
        {translate('app.translation.intro')}
      </Typography>
      {record?.textUpdatedAt && (
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('app.translation.german_updated', { date: dateOf(record.textUpdatedAt, locale) })}
        </Typography>
      )}
      {TRANSLATION_LANGUAGES.map((lang) => (
        <LanguagePanel key={lang.code} lang={lang} rows={rows} target={target} />
      ))}
    </Box>
  );
}

function LanguagePanel({ lang, rows, target }: { lang: Language; rows: Row[]; target: TranslationTarget }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext();
  const states = translationStates(record, lang.code);
  const status = record?.translationStatus?.[lang.code];
  const name = languageLabel(lang, locale);
  const id = `translation-${lang.code}`;
  return (
    <Accordion disableGutters variant="outlined" data-testid={id}>
      {/* The summary is the panel's button (inside a heading): its name is the language and the state's words. */}
      <AccordionSummary expandIcon={<ExpandMoreIcon />} id={`${id}-header`} aria-controls={`${id}-content`}>
        <Stack component="span" direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography component="span" sx={{ fontWeight: 500 }}>
            {name}
            {name !== lang.name && (
              <>
                {' · '}
                <span lang={lang.code} dir={lang.dir}>
                  {lang.name}
                </span>
              </>
            )}
          </Typography>
          <TranslationChips states={states} />
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        {rows.map((row) => (
          <Box key={row.path} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 3, alignItems: 'start' }}>
            <Box sx={{ pt: 1, pb: 1 }}>
              <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                {translate('app.translation.german', { field: row.label })}
              </Typography>
              <Typography variant="body2" lang="de" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {row.german || '–'}
              </Typography>
            </Box>
            <TextInput
              source={`translations.${lang.code}.${row.path}`}
              // Its language in its name: "Titel (Türkisch)" is not the German "Titel" above.
              label={translate('app.translation.input', { field: row.label, language: name })}
              multiline={row.multiline}
              minRows={row.multiline ? 2 : undefined}
              fullWidth
              helperText={false}
              slotProps={{ htmlInput: { lang: lang.code, dir: lang.dir } }}
            />
          </Box>
        ))}
        {status?.updatedAt && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('app.translation.updated', { date: dateOf(status.updatedAt, locale) })}
          </Typography>
        )}
        <TranslationActions lang={lang} name={name} states={states} target={target} />
      </AccordionDetails>
    </Accordion>
  );
}

/**
 * "Als aktuell bestätigen" (a stale or machine-made translation) and "Maschinell vorübersetzen" (languages
 * Amazon Translate knows; disabled, with the reason, where it is not available). Both act on the stored
 * offer and reload it, so they wait until the form's changes are saved.
 */
function TranslationActions({ lang, name, states, target }: { lang: Language; name: string; states: TranslationState[]; target: TranslationTarget }) {
  const translate = useTranslate();
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { isDirty } = useFormState();
  const machineAvailable = useMachineTranslation();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const canConfirm = states.includes('stale') || states.includes('machine');
  const hasMachine = target.machine && lang.machine !== null;
  if (!record || (!canConfirm && !hasMachine)) return null;

  const run = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await call();
      notify(done, { type: 'success' });
      refresh();
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const confirm = () => run(() => dataProvider.confirmTranslation(target.resource, String(record.id), lang.code, record.version), 'app.translation.confirmed');
  const machine = () => run(() => dataProvider.machineTranslate(String(record.id), lang.code, record.version), 'app.translation.machine_done');
  const noteId = `translation-${lang.code}-machine-note`;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {canConfirm && <Button variant="outlined" label="app.translation.confirm" disabled={busy || isDirty} onClick={confirm} />}
        {hasMachine && (
          <Button
            variant="outlined"
            label="app.translation.machine"
            disabled={busy || isDirty || machineAvailable !== true}
            aria-describedby={machineAvailable === false ? noteId : undefined}
            onClick={() => (states.includes('missing') ? machine() : setAsking(true))}
          />
        )}
      </Stack>
      {isDirty && <Typography variant="body2">{translate('app.translation.save_first')}</Typography>}
      {hasMachine && machineAvailable === false && (
        <Typography variant="body2" id={noteId}>
          {translate('app.translation.machine_unavailable')}
        </Typography>
      )}
      <Confirm
        isOpen={asking}
        title="app.translation.replace_title"
        content="app.translation.replace"
        translateOptions={{ language: name }}
        onConfirm={() => {
          setAsking(false);
          machine();
        }}
        onClose={() => setAsking(false)}
      />
    </Stack>
  );
}
