import { ChipField, DataTable, List, ReferenceArrayField, ReferenceInput, SearchInput, SelectField, SelectInput, SingleFieldList } from 'react-admin';
import { safeExporter } from '../common/exporter';
import { cadenceChoices, networkKindChoices, networkStatusChoices } from '../common/choices';
const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <SelectInput source="kind" choices={networkKindChoices} key="k" />,
  <SelectInput source="status" choices={networkStatusChoices} key="st" />,
];
export const NetworkList = () => (
  <List exporter={safeExporter} sort={{ field: 'name', order: 'ASC' }} filters={filters}>
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
