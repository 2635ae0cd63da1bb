import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { BooleanField, DataTable, FunctionField, List, SearchInput, useTranslate } from 'react-admin';
const Roles = () => {
  const translate = useTranslate();
  return <FunctionField render={(r: any) => r.assignments?.map((a: any) => translate(`app.enum.role.${a.role}`) + (a.socialSpaceIds?.length ? ` (${a.socialSpaceIds.join(', ')})` : '')).join('; ')} />;
};
const exporter = listExporter({ columns: ['name', 'email', 'assignments', 'active'], format: { assignments: (list: any[], _r, translate) => list?.map((a) => translate(`app.enum.role.${a.role}`) + (a.socialSpaceIds?.length ? ` (${a.socialSpaceIds.join(', ')})` : '')).join('; '), remindersOff: (list: any[], _r, translate) => list?.map((k) => translate(`app.enum.reminder.${k}`)) } });
export const UserList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'name', order: 'ASC' }} filters={[<SearchInput source="q" alwaysOn key="q" />]}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="email" />
      <DataTable.Col source="assignments" disableSort><Roles /></DataTable.Col>
      <DataTable.Col source="active"><BooleanField source="active" /></DataTable.Col>
    </DataTable>
  </List>
);
