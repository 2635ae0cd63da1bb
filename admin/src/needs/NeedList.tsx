import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { needStatusChoices, priorityChoices } from '../common/choices';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { ThemeInput } from '../tenant/VocabularyInputs';
const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <SelectInput source="status" choices={needStatusChoices} key="st" alwaysOn />,
  <ThemeInput source="theme" key="t" />,
];
const exporter = listExporter({ columns: ['title', 'socialSpaceId', 'theme', 'priority', 'status'], choices: { priority: priorityChoices, status: needStatusChoices }, references: { socialSpaceId: 'social-spaces' } });
export const NeedList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'priority', order: 'ASC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="title" />
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="theme" />
      <DataTable.Col source="priority"><SelectField source="priority" choices={priorityChoices} /></DataTable.Col>
      <DataTable.Col source="status"><SelectField source="status" choices={needStatusChoices} /></DataTable.Col>
    </DataTable>
  </List>
);
