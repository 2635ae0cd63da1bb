import { safeExporter } from '../common/exporter';
import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <ReferenceInput source="districtId" reference="districts" key="d" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
];
export const QuarterList = () => (
  <List exporter={safeExporter} sort={{ field: 'name', order: 'ASC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" /></DataTable.Col>
      <DataTable.Col source="districtId"><ReferenceField source="districtId" reference="districts" /></DataTable.Col>
    </DataTable>
  </List>
);
