/**
 * "Mandant": the own municipality's settings for its admins (GET/PUT /v1/tenant, one record, reached under
 * the tenant's id as report-settings under `default`). After a save the app bar shows the new title and colours.
 */
import { SaveButton, SimpleForm, Toolbar, useNotify, useTranslate } from 'react-admin';
import { refreshMe } from '../authProvider';
import { AppEdit } from '../common/AppEdit';
import { TenantInputs } from './TenantInputs';

export function TenantSettingsEdit() {
  const notify = useNotify();
  const translate = useTranslate();
  return (
    <AppEdit
      title={translate('resources.tenant.name', { smart_count: 1 })}
      redirect={false}
      actions={false}
      mutationOptions={{
        onSuccess: async () => {
          await refreshMe();
          notify('app.tenant.saved', { type: 'success' });
        },
      }}
    >
      <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
        <TenantInputs />
      </SimpleForm>
    </AppEdit>
  );
}
