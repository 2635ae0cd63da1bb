/** A planning area with the quarters that lie in it. */
import { DataTable, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
export const PlanningAreaShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <TextField source="description" emptyText="–" />
      <ReferenceManyField reference="quarters" target="planningAreaId" label="resources.planning-areas.fields.quarters" sort={{ field: 'name', order: 'ASC' }}>
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="name" />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
