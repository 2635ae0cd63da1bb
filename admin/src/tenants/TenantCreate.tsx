/** The operator creates a tenant and invites its first admin (POST /v1/operator/tenants); the admin sets up the rest under "Mandant". */
import { Typography } from '@mui/material';
import { ArrayInput, Create, SelectInput, SimpleForm, SimpleFormIterator, TextInput, useNotify, useRedirect, useTranslate } from 'react-admin';
import { stateChoices } from '../tenant/choices';

export function TenantCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  return (
    <Create
      mutationOptions={{
        onSuccess: (_data: any, variables: any) => {
          notify('app.tenants.created', { type: 'success', messageArgs: { email: variables?.data?.adminEmail } });
          redirect('list', 'tenants');
        },
      }}
    >
      <SimpleForm>
        <TextInput source="id" helperText="app.tenants.id_help" />
        <TextInput source="name" fullWidth />
        <SelectInput source="state" choices={stateChoices} />
        <ArrayInput source="hosts" helperText="app.tenants.hosts_help">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label="resources.tenants.fields.host" />
          </SimpleFormIterator>
        </ArrayInput>
        <Typography variant="body2" sx={{ mt: 2, mb: 1 }}>{translate('app.tenants.admin_help')}</Typography>
        <TextInput source="adminEmail" type="email" fullWidth />
        <TextInput source="adminName" fullWidth />
      </SimpleForm>
    </Create>
  );
}
