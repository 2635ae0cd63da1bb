import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { DataTable, List, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { orgKindChoices } from '../common/choices';
const filters = [<SearchInput source="q" alwaysOn key="q" />, <SelectInput source="kind" choices={orgKindChoices} key="k" alwaysOn />];
const exporter = listExporter({ columns: ['name', 'kind', 'parentId'], choices: { kind: orgKindChoices }, references: { parentId: 'organisations' } });
export const OrganisationList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'name', order: 'ASC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="kind"><SelectField source="kind" choices={orgKindChoices} /></DataTable.Col>
      <DataTable.Col source="parentId"><ReferenceField source="parentId" reference="organisations" emptyText="–" /></DataTable.Col>
    </DataTable>
  </List>
);
