import { listExporter } from '../common/exporter';
import { ExportButtons } from '../common/export/ExportButtons';
import { Link } from 'react-router-dom';
import { Button, CreateButton, DataTable, DateField, List, TopToolbar } from 'react-admin';
const exporter = listExporter({ columns: ['month', 'status', 'recipients', 'sentAt'] });
export const ReportList = () => (
  <List exporter={exporter} actions={<TopToolbar><Button component={Link} to="/report-settings/default" label="app.report.recipients" /><CreateButton label="app.report.send" /><ExportButtons /></TopToolbar>} sort={{ field: 'month', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="month" disableSort />
      <DataTable.Col source="status" disableSort />
      <DataTable.Col source="recipients" disableSort />
      <DataTable.Col source="sentAt" disableSort><DateField source="sentAt" showTime emptyText="–" /></DataTable.Col>
    </DataTable>
  </List>
);
