import { DataTable, NumberField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
export const GoalShow = () => (
  <Show>
    <SimpleShowLayout>
      <NumberField source="number" />
      <TextField source="title" />
      <ReferenceManyField reference="indicators" target="goalId" label="resources.goals.fields.indicators">
        <DataTable bulkActionButtons={false} rowClick="show"><DataTable.Col source="name" /><DataTable.Col source="unit" /></DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
