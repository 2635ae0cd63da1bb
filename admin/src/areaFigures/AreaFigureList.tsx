import { DataTable, List, NumberField, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';
import { safeExporter } from '../common/exporter';
const filters = [<ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>];
export const AreaFigureList = () => (
  <List exporter={safeExporter} sort={{ field: 'year', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="edit">
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.Col source="label" />
      <DataTable.NumberCol source="value" />
      <DataTable.Col source="unit" />
      <DataTable.Col source="source" />
    </DataTable>
  </List>
);
