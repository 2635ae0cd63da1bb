import { safeExporter } from '../common/exporter';
import { DataTable, List } from 'react-admin';
export const GoalList = () => (
  <List exporter={safeExporter} sort={{ field: 'number', order: 'ASC' }} pagination={false}>
    <DataTable rowClick="show">
      <DataTable.Col source="number" />
      <DataTable.Col source="title" />
    </DataTable>
  </List>
);
