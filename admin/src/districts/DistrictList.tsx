import { safeExporter } from '../common/exporter';
import { DataTable, List, SearchInput } from 'react-admin';
export const DistrictList = () => (
  <List exporter={safeExporter} sort={{ field: 'name', order: 'ASC' }} filters={[<SearchInput source="q" alwaysOn key="q" />]}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="description" />
    </DataTable>
  </List>
);
