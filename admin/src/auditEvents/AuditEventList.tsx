import { DataTable, DateField, FunctionField, List, SelectField, SelectInput, TextInput } from 'react-admin';
import { actionChoices } from '../common/choices';
const filters = [
  <TextInput source="month" key="m" alwaysOn placeholder="2026-11" />,
  <TextInput source="entityType" key="t" alwaysOn />,
  <TextInput source="entityId" key="i" />,
  <TextInput source="actor" key="a" alwaysOn />,
  <SelectInput source="action" choices={actionChoices} key="ac" />,
];
/** Read-only: the audit trail written with every change. */
export const AuditEventList = () => (
  <List filters={filters} exporter={false} perPage={50} sort={{ field: 'at', order: 'DESC' }}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="at" disableSort><DateField source="at" showTime /></DataTable.Col>
      <DataTable.Col source="actor" disableSort />
      <DataTable.Col source="action" disableSort><SelectField source="action" choices={actionChoices} /></DataTable.Col>
      <DataTable.Col source="entityType" disableSort />
      <DataTable.Col source="entityId" disableSort />
      <DataTable.Col source="changes" disableSort>
        <FunctionField render={(r: any) => Object.keys(r.changes ?? {}).join(', ')} />
      </DataTable.Col>
    </DataTable>
  </List>
);
