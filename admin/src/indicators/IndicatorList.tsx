import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { directionChoices, frequencyChoices } from '../common/choices';
const filters = [<SearchInput source="q" alwaysOn key="q" />, <ReferenceInput source="goalId" reference="goals" key="g" alwaysOn><SelectInput optionText="number" /></ReferenceInput>];
const exporter = listExporter({ columns: ['goalId', 'name', 'unit', 'direction', 'frequency'], choices: { direction: directionChoices, frequency: frequencyChoices }, references: { goalId: 'goals', organisationId: 'organisations', socialSpaceIds: 'social-spaces' } });
export const IndicatorList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'goalId', order: 'ASC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="goalId"><ReferenceField source="goalId" reference="goals" link={false} /></DataTable.Col>
      <DataTable.Col source="name" />
      <DataTable.Col source="unit" />
      <DataTable.Col source="direction"><SelectField source="direction" choices={directionChoices} /></DataTable.Col>
      <DataTable.Col source="frequency"><SelectField source="frequency" choices={frequencyChoices} /></DataTable.Col>
    </DataTable>
  </List>
);
