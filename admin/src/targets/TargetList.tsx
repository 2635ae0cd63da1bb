import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { DataTable, List, NumberInput, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';
const filters = [
  <ReferenceInput source="indicatorId" reference="indicators" key="i" alwaysOn perPage={200}><SelectInput optionText="name" /></ReferenceInput>,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="s" alwaysOn><SelectInput optionText="name" /></ReferenceInput>,
  <NumberInput source="year" key="y" alwaysOn />,
];
const exporter = listExporter({ columns: ['indicatorId', 'socialSpaceId', 'year', 'baseline', 'target'], references: { indicatorId: 'indicators', socialSpaceId: 'social-spaces' } });
export const TargetList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'year', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="indicatorId"><ReferenceField source="indicatorId" reference="indicators" link={false} /></DataTable.Col>
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.NumberCol source="baseline" />
      <DataTable.NumberCol source="target" />
    </DataTable>
  </List>
);
