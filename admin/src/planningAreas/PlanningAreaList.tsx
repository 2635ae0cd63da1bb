import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
];
const exporter = listExporter({ columns: ['name', 'socialSpaceId'], references: { socialSpaceId: 'social-spaces' } });
export const PlanningAreaList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'name', order: 'ASC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" /></DataTable.Col>
    </DataTable>
  </List>
);
