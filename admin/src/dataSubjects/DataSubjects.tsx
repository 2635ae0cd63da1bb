/**
 * "Auskunft & Löschung" (admins): an e-mail address or phone number in, every record holding it out
 * (with links), its export as a JSON file or a German summary, and its erasure everywhere after a
 * confirmation. Staff accounts are listed, not erased: they are removed under Benutzer.
 */
import { Alert, Box, Card, CardContent, Link, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Button, Confirm, Title, useNotify, useTranslate } from 'react-admin';
import { berlinToday } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';
import { isAdmin } from '../authProvider';
import { download, eraseSubject, exportSubject, searchSubject, subjectOf, summaryOf, type ErasureResult, type Finding, type Subject } from './dataSubjectApi';

export function DataSubjects() {
  const translate = useTranslate();
  const notify = useNotify();
  const [input, setInput] = useState('');
  const [subject, setSubject] = useState<Subject>();
  const [findings, setFindings] = useState<Finding[]>();
  const [result, setResult] = useState<ErasureResult>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [fieldError, setFieldError] = useState<string>();

  const run = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await work();
    } catch (err: any) {
      const errors = err?.body?.errors as Record<string, string> | undefined;
      if (errors) setFieldError(Object.values(errors)[0]);
      else notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setFieldError(undefined);
    setResult(undefined);
    const wanted = subjectOf(input);
    const found = await run(() => searchSubject(wanted));
    if (found) {
      setSubject(wanted);
      setFindings(found);
    }
  };

  const stamp = () => berlinToday(now());
  const downloadJson = () => subject && run(async () => download(`auskunft-${stamp()}.json`, 'application/json', JSON.stringify(await exportSubject(subject), null, 2)));
  const downloadHtml = () => subject && run(async () => download(`auskunft-${stamp()}.html`, 'text/html', await summaryOf(subject)));
  const erase = async () => {
    setConfirming(false);
    if (!subject) return;
    const done = await run(() => eraseSubject(subject));
    if (done) {
      setResult(done);
      setFindings(done.manual);
      notify('app.data_subjects.erased', { type: 'success', messageArgs: { smart_count: done.erased.length } });
    }
  };

  if (!isAdmin())
    return (
      <Card sx={{ mt: 2 }}>
        <Title title={translate('app.data_subjects.title')} />
        <CardContent>
          <Alert severity="info">{translate('app.data_subjects.admins_only')}</Alert>
        </CardContent>
      </Card>
    );

  const erasable = findings?.filter((f) => f.erasure !== 'manual') ?? [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.data_subjects.title')} />
      <CardContent>
        <Typography variant="body1" sx={{ maxWidth: '80ch' }}>
          {translate('app.data_subjects.intro')}
        </Typography>
        <Box component="form" onSubmit={search} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 2, flexWrap: 'wrap' }}>
          <TextField
            id="data-subject-input"
            label={translate('app.data_subjects.input')}
            helperText={fieldError ?? translate('app.data_subjects.input_help')}
            error={!!fieldError}
            value={input}
            onChange={(e) => setInput(e.target.value)}
            autoComplete="off"
            required
            sx={{ minWidth: 320 }}
          />
          <Button type="submit" variant="contained" label="app.data_subjects.search" disabled={busy || !input.trim()} sx={{ mt: 1 }} />
        </Box>

        {result && (
          <Alert severity="success" sx={{ mt: 2 }} data-testid="data-subject-result">
            {translate('app.data_subjects.result', { smart_count: result.erased.length, audit: result.auditEntriesRedacted })}
            {result.manual.length > 0 && <> {translate('app.data_subjects.result_manual', { smart_count: result.manual.length })}</>}
          </Alert>
        )}

        {findings && (
          <Box component="section" aria-labelledby="data-subject-findings" sx={{ mt: 3 }}>
            <Typography variant="h6" component="h2" id="data-subject-findings">
              {translate('app.data_subjects.findings', { smart_count: findings.length })}
            </Typography>
            {findings.length === 0 ? (
              <Typography>{translate('app.data_subjects.none')}</Typography>
            ) : (
              <List dense data-testid="data-subject-findings">
                {findings.map((f) => (
                  <ListItem key={`${f.type}#${f.id}`} disableGutters>
                    <ListItemText
                      primary={<Link href={`#${f.link}`}>{f.label}</Link>}
                      secondary={`${translate(`app.data_subjects.erasure.${f.erasure}`)} · ${f.fields.map((field) => translate(`app.data_subjects.field.${field.replace(/[.[\]]/g, '_')}`, { _: field })).join(', ')}`}
                    />
                  </ListItem>
                ))}
              </List>
            )}
            {!result && (
              <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
                <Button variant="outlined" label="app.data_subjects.json" onClick={downloadJson} disabled={busy} />
                <Button variant="outlined" label="app.data_subjects.html" onClick={downloadHtml} disabled={busy} />
                <Button variant="contained" color="error" label="app.data_subjects.erase" onClick={() => setConfirming(true)} disabled={busy || erasable.length === 0} />
              </Stack>
            )}
          </Box>
        )}
        <Confirm
          isOpen={confirming}
          title="app.data_subjects.confirm_title"
          content={translate('app.data_subjects.confirm', { smart_count: erasable.length })}
          confirm="app.data_subjects.erase"
          onConfirm={erase}
          onClose={() => setConfirming(false)}
        />
      </CardContent>
    </Card>
  );
}
