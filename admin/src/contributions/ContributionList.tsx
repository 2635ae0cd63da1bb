import { DataTable, DateField, List, ReferenceField, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
const filters = [
  <ReferenceInput source="indicatorId" reference="indicators" key="i" alwaysOn filter={{ source: 'partner' }} sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <TextInput source="period" key="p" alwaysOn />,
  <ReferenceInput source="organisationId" reference="organisations" key="o" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="s" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
];
const exporter = listExporter({ columns: ['indicatorId', 'period', 'socialSpaceId', 'organisationId', 'value', 'updatedAt'], references: { indicatorId: 'indicators', socialSpaceId: 'social-spaces', organisationId: 'organisations' } });
export const ContributionList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'period', order: 'DESC' }} filters={filters}>
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
