/**
 * Edit page used by every resource: pessimistic saves (the API's answer decides), German
 * notifications for 403/409, and on a version conflict a notice with a reload button.
 */
import { Alert, Button } from '@mui/material';
import type { ReactNode } from 'react';
import { Edit, useNotify, useRefresh, useTranslate, type EditProps } from 'react-admin';

function ConflictNotice({ onReload }: { onReload: () => void }) {
  const translate = useTranslate();
  return (
    <Alert severity="warning" data-testid="conflict-notice" action={<Button color="inherit" size="small" onClick={onReload}>{translate('app.action.reload')}</Button>}>
      {translate('app.error.conflict')}
    </Alert>
  );
}

/** `mutationOptions` given add to these (an own onSuccess, say); the German error handling stays unless one brings its own onError. */
export function AppEdit({ children, mutationOptions, ...props }: EditProps & { children: ReactNode }) {
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{
        onError: (error: any) => {
          if (error?.status === 409 && error?.message === 'app.error.conflict') notify(<ConflictNotice onReload={() => refresh()} />, { autoHideDuration: null as any });
          else notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
        },
        ...mutationOptions,
      }}
      {...props}
    >
      {children}
    </Edit>
  );
}
