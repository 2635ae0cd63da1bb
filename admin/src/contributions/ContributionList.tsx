import { DataTable, DateField, List, ReferenceField, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { safeExporter } from '../common/exporter';
const filters = [
  <ReferenceInput source="indicatorId" reference="indicators" key="i" alwaysOn filter={{ source: 'partner' }} sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <TextInput source="period" key="p" alwaysOn />,
  <ReferenceInput source="organisationId" reference="organisations" key="o" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="s" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
];
export const ContributionList = () => (
  <List exporter={safeExporter} sort={{ field: 'period', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="edit">
      <DataTable.Col source="indicatorId"><ReferenceField source="indicatorId" reference="indicators" link={false} /></DataTable.Col>
      <DataTable.Col source="period" />
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="organisationId"><ReferenceField source="organisationId" reference="organisations" link={false} /></DataTable.Col>
      <DataTable.NumberCol source="value" />
      <DataTable.Col source="updatedAt"><DateField source="updatedAt" showTime /></DataTable.Col>
    </DataTable>
  </List>
);
