import { DataTable, List } from 'react-admin';
export const GoalList = () => (
  <List sort={{ field: 'number', order: 'ASC' }} pagination={false}>
    <DataTable rowClick="show">
      <DataTable.Col source="number" />
      <DataTable.Col source="title" />
    </DataTable>
  </List>
);
