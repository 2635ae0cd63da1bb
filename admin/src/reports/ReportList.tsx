import { safeExporter } from '../common/exporter';
import { Link } from 'react-router-dom';
import { Button, CreateButton, DataTable, DateField, List, TopToolbar } from 'react-admin';
export const ReportList = () => (
  <List exporter={safeExporter} actions={<TopToolbar><Button component={Link} to="/report-settings/default" label="app.report.recipients" /><CreateButton label="app.report.send" /></TopToolbar>} sort={{ field: 'month', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="month" disableSort />
      <DataTable.Col source="status" disableSort />
      <DataTable.Col source="recipients" disableSort />
      <DataTable.Col source="sentAt" disableSort><DateField source="sentAt" showTime emptyText="–" /></DataTable.Col>
    </DataTable>
  </List>
);
