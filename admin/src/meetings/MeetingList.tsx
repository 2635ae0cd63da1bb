import { DataTable, DateField, List, NumberField, ReferenceField, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
const filters = [
  <ReferenceInput source="networkId" reference="networks" key="n" alwaysOn sort={{ field: 'name', order: 'ASC' }} perPage={200}><SelectInput optionText="name" /></ReferenceInput>,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <TextInput source="month" key="m" helperText="app.network.month_help" />,
];
const exporter = listExporter({ columns: ['date', 'networkId', 'attendees', 'residents'], references: { networkId: 'networks', socialSpaceId: 'social-spaces', centreId: 'centres', organisationIds: 'organisations' }, format: { agreements: (list: any[]) => list?.map((a) => a.text) } });
export const MeetingList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'date', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="date"><DateField source="date" /></DataTable.Col>
      <DataTable.Col source="networkId"><ReferenceField source="networkId" reference="networks" link={false} /></DataTable.Col>
      <DataTable.NumberCol source="attendees"><NumberField source="attendees" emptyText="–" /></DataTable.NumberCol>
      <DataTable.NumberCol source="residents"><NumberField source="residents" emptyText="–" /></DataTable.NumberCol>
    </DataTable>
  </List>
);
