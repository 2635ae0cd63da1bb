import { DataTable, DateField, FunctionField, List, SelectField, SelectInput, TextInput } from 'react-admin';
import { actionChoices } from '../common/choices';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
const filters = [
  <TextInput source="month" key="m" alwaysOn placeholder="2026-11" />,
  <TextInput source="entityType" key="t" alwaysOn />,
  <TextInput source="entityId" key="i" />,
  <TextInput source="actor" key="a" alwaysOn />,
  <SelectInput source="action" choices={actionChoices} key="ac" />,
];
/** The export says what the list says: which fields changed, not their values. */
const exporter = listExporter({ columns: ['at', 'actor', 'action', 'entityType', 'entityId', 'changes'], only: true, choices: { action: actionChoices }, format: { changes: (c) => Object.keys(c ?? {}) } });
/** Read-only: the audit trail written with every change. */
export const AuditEventList = () => (
  <List filters={filters} exporter={exporter} actions={<ExportActions />} perPage={50} sort={{ field: 'at', order: 'DESC' }}>
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
