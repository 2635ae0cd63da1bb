import { CreateButton, DataTable, DateField, List, TopToolbar } from 'react-admin';
export const ReportList = () => (
  <List actions={<TopToolbar><CreateButton label="app.report.send" /></TopToolbar>} sort={{ field: 'month', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="month" disableSort />
      <DataTable.Col source="status" disableSort />
      <DataTable.Col source="recipients" disableSort />
      <DataTable.Col source="sentAt" disableSort><DateField source="sentAt" showTime emptyText="–" /></DataTable.Col>
    </DataTable>
  </List>
);
