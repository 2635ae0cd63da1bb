/** Creates a key and shows its secret exactly once, with a copy button. */
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Create, SimpleForm, useRedirect, useTranslate } from 'react-admin';
import { apiKey } from '../../../shared/schemas/apiKey';
import { zodResolver } from '../common/zodResolver';
import { ApiKeyInputs } from './ApiKeyInputs';

export const ApiKeyCreate = () => {
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const translate = useTranslate();
  const redirect = useRedirect();
  return (
    <>
      <Create mutationOptions={{ onSuccess: (data: any) => setSecret(data.key) }}>
        <SimpleForm resolver={zodResolver(apiKey.input)}><ApiKeyInputs /></SimpleForm>
      </Create>
      <Dialog open={!!secret} maxWidth="md" fullWidth>
        <DialogTitle>{translate('app.apikey.once_title')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>{translate('app.apikey.once_text')}</Alert>
          <TextField fullWidth value={secret ?? ''} slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'api-key-secret' } }} />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => { navigator.clipboard?.writeText(secret ?? '').catch(() => undefined); setCopied(true); }}>{translate(copied ? 'app.action.copied' : 'app.action.copy')}</MuiButton>
          <MuiButton variant="contained" onClick={() => { setSecret(null); redirect('list', 'api-keys'); }}>{translate('app.apikey.done')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
