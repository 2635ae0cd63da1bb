import { ChipField, DataTable, List, ReferenceArrayField, ReferenceInput, SearchInput, SelectField, SelectInput, SingleFieldList } from 'react-admin';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { cadenceChoices, networkKindChoices, networkStatusChoices } from '../common/choices';
const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <SelectInput source="kind" choices={networkKindChoices} key="k" />,
  <SelectInput source="status" choices={networkStatusChoices} key="st" />,
];
const exporter = listExporter({ columns: ['name', 'kind', 'socialSpaceIds', 'cadence', 'status'], choices: { kind: networkKindChoices, cadence: cadenceChoices, status: networkStatusChoices }, references: { socialSpaceIds: 'social-spaces', memberOrganisationIds: 'organisations' } });
export const NetworkList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'name', order: 'ASC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="kind"><SelectField source="kind" choices={networkKindChoices} /></DataTable.Col>
      <DataTable.Col source="socialSpaceIds" disableSort>
        <ReferenceArrayField source="socialSpaceIds" reference="social-spaces"><SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
      </DataTable.Col>
      <DataTable.Col source="cadence"><SelectField source="cadence" choices={cadenceChoices} /></DataTable.Col>
      <DataTable.Col source="status"><SelectField source="status" choices={networkStatusChoices} /></DataTable.Col>
    </DataTable>
  </List>
);
