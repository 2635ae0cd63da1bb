import { ChipField, DataTable, ReferenceArrayField, ReferenceManyField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
export const SocialSpaceShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceArrayField source="districtIds" reference="districts"><SingleFieldList><ChipField source="name" /></SingleFieldList></ReferenceArrayField>
      <TextField source="description" />
      <ReferenceManyField reference="quarters" target="socialSpaceId" label="resources.social-spaces.fields.quarters" sort={{ field: 'name', order: 'ASC' }}>
        <DataTable bulkActionButtons={false} rowClick="show"><DataTable.Col source="name" /></DataTable>
      </ReferenceManyField>
      <ReferenceManyField reference="centres" target="socialSpaceId" label="resources.social-spaces.fields.centres">
        <DataTable bulkActionButtons={false} rowClick="show"><DataTable.Col source="name" /></DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
