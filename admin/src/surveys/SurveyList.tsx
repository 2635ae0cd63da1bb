/** "Umfragen": the surveys of the user's view, the newest first; a row opens the survey with its results. */
import { DataTable, DateField, List, NumberField, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { surveyStatusChoices } from './choices';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <SelectInput source="status" choices={surveyStatusChoices} key="st" alwaysOn />,
];

const exporter = listExporter({ columns: ['title', 'socialSpaceId', 'opensOn', 'closesOn', 'status', 'responses'], choices: { status: surveyStatusChoices }, references: { socialSpaceId: 'social-spaces', quarterId: 'quarters' }, format: { questions: (list: any[]) => list?.map((q) => q.prompt) } });
export const SurveyList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'opensOn', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="title" />
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="opensOn"><DateField source="opensOn" /></DataTable.Col>
      <DataTable.Col source="closesOn"><DateField source="closesOn" /></DataTable.Col>
      <DataTable.Col source="status"><SelectField source="status" choices={surveyStatusChoices} /></DataTable.Col>
      <DataTable.NumberCol source="responses"><NumberField source="responses" /></DataTable.NumberCol>
    </DataTable>
  </List>
);
