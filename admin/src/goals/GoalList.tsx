import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { DataTable, List } from 'react-admin';
const exporter = listExporter({ columns: ['number', 'title'] });
export const GoalList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'number', order: 'ASC' }} pagination={false}>
    <DataTable rowClick="show">
      <DataTable.Col source="number" />
      <DataTable.Col source="title" />
    </DataTable>
  </List>
);
