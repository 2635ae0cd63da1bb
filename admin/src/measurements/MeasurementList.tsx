import { listExporter } from '../common/exporter';
import { ExportButtons } from '../common/export/ExportButtons';
import { Link } from 'react-router-dom';
import { Button, CreateButton, DataTable, List, ReferenceField, ReferenceInput, SelectInput, TextInput, TopToolbar, SelectField } from 'react-admin';
import { sourceChoices } from '../common/choices';
const filters = [
  <ReferenceInput source="indicatorId" reference="indicators" key="i" alwaysOn perPage={200}><SelectInput optionText="name" /></ReferenceInput>,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="s" alwaysOn><SelectInput optionText="name" /></ReferenceInput>,
  <TextInput source="period" key="p" alwaysOn />,
];
const Actions = () => (
  <TopToolbar>
    <Button component={Link} to="/measurements/grid" label="app.menu.grid" />
    <CreateButton />
    <ExportButtons />
  </TopToolbar>
);
const exporter = listExporter({ columns: ['indicatorId', 'socialSpaceId', 'period', 'value', 'source', 'note'], choices: { source: sourceChoices }, references: { indicatorId: 'indicators', socialSpaceId: 'social-spaces' } });
export const MeasurementList = () => (
  <List exporter={exporter} sort={{ field: 'period', order: 'DESC' }} filters={filters} actions={<Actions />}>
    <DataTable rowClick="show">
      <DataTable.Col source="indicatorId"><ReferenceField source="indicatorId" reference="indicators" link={false} /></DataTable.Col>
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="period" />
      <DataTable.NumberCol source="value" />
      <DataTable.Col source="source"><SelectField source="source" choices={sourceChoices} /></DataTable.Col>
      <DataTable.Col source="note" disableSort />
    </DataTable>
  </List>
);
