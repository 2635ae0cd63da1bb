import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { directionChoices, frequencyChoices, metricChoices, sourceChoices } from '../common/choices';
import { ComputeButton } from './ComputeButton';
import { IndicatorChart } from './IndicatorChart';
import { ReportingStatus } from './ReportingStatus';
export const IndicatorShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="goalId" reference="goals" />
      <TextField source="name" />
      <TextField source="unit" />
      <SelectField source="direction" choices={directionChoices} />
      <SelectField source="frequency" choices={frequencyChoices} />
      <SelectField source="source" choices={sourceChoices} />
      <SelectField source="metric" choices={metricChoices} emptyText="–" />
      <TextField source="dataSource" emptyText="–" />
      <ComputeButton />
      <ReportingStatus />
      <IndicatorChart />
    </SimpleShowLayout>
  </Show>
);
