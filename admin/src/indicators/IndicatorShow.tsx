import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { directionChoices, frequencyChoices } from '../common/choices';
import { IndicatorChart } from './IndicatorChart';
export const IndicatorShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="goalId" reference="goals" />
      <TextField source="name" />
      <TextField source="unit" />
      <SelectField source="direction" choices={directionChoices} />
      <SelectField source="frequency" choices={frequencyChoices} />
      <TextField source="dataSource" emptyText="–" />
      <IndicatorChart />
    </SimpleShowLayout>
  </Show>
);
