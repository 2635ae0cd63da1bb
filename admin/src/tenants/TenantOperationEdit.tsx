/** The operator suspends or resumes a tenant and keeps its public addresses (PUT /v1/operator/tenants/{id}); the rest is the tenant's. */
import { ArrayInput, Labeled, SaveButton, SelectInput, SimpleForm, SimpleFormIterator, TextField, TextInput, Toolbar } from 'react-admin';
import { AppEdit } from '../common/AppEdit';
import { tenantStatusChoices } from '../tenant/choices';

export const TenantOperationEdit = () => (
  <AppEdit redirect="list">
    <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
      <Labeled source="id"><TextField source="id" /></Labeled>
      <Labeled source="name"><TextField source="name" /></Labeled>
      <SelectInput source="status" choices={tenantStatusChoices} helperText="app.tenants.status_help" />
      <ArrayInput source="hosts" helperText="app.tenants.hosts_help">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="" label="resources.tenants.fields.host" />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  </AppEdit>
);
