import { ReferenceManyField, Show, SimpleShowLayout, TextField, DataTable } from 'react-admin';
export const DistrictShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="description" />
      <ReferenceManyField reference="quarters" target="districtId" label="resources.districts.fields.quarters">
        <DataTable bulkActionButtons={false} rowClick="show"><DataTable.Col source="name" /></DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
