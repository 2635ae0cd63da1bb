import { DataTable, List, NumberField, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
const filters = [<ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>];
const exporter = listExporter({ columns: ['socialSpaceId', 'year', 'label', 'value', 'unit', 'source'], references: { socialSpaceId: 'social-spaces' } });
export const AreaFigureList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'year', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="edit">
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.Col source="label" />
      <DataTable.NumberCol source="value" />
      <DataTable.Col source="unit" />
      <DataTable.Col source="source" />
    </DataTable>
  </List>
);
