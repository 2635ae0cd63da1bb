import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
export const MeasurementShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="indicatorId" reference="indicators" />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <TextField source="period" />
      <NumberField source="value" />
      <TextField source="note" emptyText="–" />
      <TextField source="source" emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
