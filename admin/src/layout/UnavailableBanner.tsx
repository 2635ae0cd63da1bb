/**
 * The plain German message and a retry while the API is unavailable (issue 35): a 503 or no answer
 * leaves no page blank or spinning without a word. "Erneut versuchen" asks every query of the page again.
 */
import { Alert, Button } from '@mui/material';
import { useSyncExternalStore } from 'react';
import { useRefresh, useTranslate } from 'react-admin';
import { isUnavailable, onUnavailableChange } from '../common/unavailable';

export function UnavailableBanner() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const shown = useSyncExternalStore(onUnavailableChange, isUnavailable);
  if (!shown) return null;
  return (
    <Alert
      severity="warning"
      role="alert"
      data-testid="unavailable"
      sx={{ m: 1 }}
      action={<Button color="inherit" size="small" onClick={refresh}>{translate('app.action.retry')}</Button>}
    >
      {translate('app.error.unavailable')}
    </Alert>
  );
}
