import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { DataTable, List, SearchInput } from 'react-admin';
const exporter = listExporter({ columns: ['name', 'description'] });
export const DistrictList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'name', order: 'ASC' }} filters={[<SearchInput source="q" alwaysOn key="q" />]}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="description" />
    </DataTable>
  </List>
);
