import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField, SelectField } from 'react-admin';
import { sourceChoices } from '../common/choices';
export const MeasurementShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="indicatorId" reference="indicators" />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <TextField source="period" />
      <NumberField source="value" />
      <TextField source="note" emptyText="–" />
      <TextField source="dataSource" emptyText="–" />
      <SelectField source="source" choices={sourceChoices} />
    </SimpleShowLayout>
  </Show>
);
