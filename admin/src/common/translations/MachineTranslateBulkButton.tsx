/**
 * The offer list's bulk action "Maschinell vorübersetzen …": asks for the language, then has Amazon Translate
 * draft it for the selected offers (POST /offers/machine-translations). Only in AWS: elsewhere the button is
 * disabled and says why.
 */
import TranslateIcon from '@mui/icons-material/Translate';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useListContext, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../dataProvider';
import { languageLabel, MACHINE_LANGUAGES } from './state';
import { useMachineTranslation } from './useMachineTranslation';

export function MachineTranslateBulkButton() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { selectedIds, onUnselectItems } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const available = useMachineTranslation();
  const [open, setOpen] = useState(false);
  const [lang, setLang] = useState(MACHINE_LANGUAGES[0]?.code ?? '');
  const [busy, setBusy] = useState(false);
  if (!MACHINE_LANGUAGES.length) return null;

  const submit = async () => {
    setBusy(true);
    try {
      const r = await dataProvider.machineTranslateMany(lang, selectedIds.map(String));
      notify(r.limitReached ? 'app.translation.bulk_limit' : 'app.translation.bulk_done', {
        type: r.limitReached ? 'warning' : 'success',
        messageArgs: { translated: r.translated.length, skipped: r.skipped.length },
      });
      setOpen(false);
      onUnselectItems();
      refresh();
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        label="app.translation.bulk"
        onClick={() => setOpen(true)}
        disabled={available !== true}
        aria-describedby={available === false ? 'bulk-machine-note' : undefined}
      >
        <TranslateIcon />
      </Button>
      {available === false && (
        <Typography variant="body2" id="bulk-machine-note" sx={{ ml: 1, maxWidth: '48ch' }}>
          {translate('app.translation.machine_unavailable')}
        </Typography>
      )}
      <Dialog open={open} onClose={() => !busy && setOpen(false)} aria-labelledby="bulk-machine-title">
        <DialogTitle id="bulk-machine-title">{translate('app.translation.bulk_title', { smart_count: selectedIds.length })}</DialogTitle>
        <DialogContent>
          <TextField select fullWidth margin="dense" label={translate('app.translation.language')} value={lang} onChange={(e) => setLang(e.target.value)}>
            {MACHINE_LANGUAGES.map((l) => (
              <MenuItem key={l.code} value={l.code}>
                {languageLabel(l, locale)}
              </MenuItem>
            ))}
          </TextField>
          <DialogContentText sx={{ mt: 2 }}>{translate('app.translation.bulk_help')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={busy} />
          <Button label="app.translation.bulk_submit" variant="contained" onClick={submit} disabled={busy || !lang} />
        </DialogActions>
      </Dialog>
    </>
  );
}
