/** The indicators the public sees, per social space. */
import { DataTable, FunctionField, List, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';

const filters = [
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <ReferenceInput source="indicatorId" reference="indicators" key="ind" sort={{ field: 'name', order: 'ASC' }} perPage={200}><SelectInput optionText="name" /></ReferenceInput>,
];

const short = (text: string | undefined, max = 120) => (!text ? '–' : text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const IndicatorPublicationList = () => (
  <List sort={{ field: 'socialSpaceId', order: 'ASC' }} filters={filters} exporter={false}>
    <DataTable rowClick="show">
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="indicatorId"><ReferenceField source="indicatorId" reference="indicators" link={false} /></DataTable.Col>
      <DataTable.Col source="interpretation" disableSort><FunctionField render={(r: any) => short(r.interpretation)} /></DataTable.Col>
      <DataTable.Col source="measureIds" disableSort><FunctionField render={(r: any) => (r.measureIds ?? []).length} /></DataTable.Col>
    </DataTable>
  </List>
);
