import { DataTable, ReferenceField, ReferenceManyField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { orgKindChoices, statusChoices } from '../common/choices';
export const OrganisationShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={orgKindChoices} />
      <ReferenceField source="parentId" reference="organisations" emptyText="–" />
      <TextField source="contact.email" label="app.contact.email" emptyText="–" />
      <ReferenceManyField reference="offers" target="organisationId" label="resources.organisations.fields.offers">
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="title" />
          <DataTable.Col source="status"><SelectField source="status" choices={statusChoices} /></DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
