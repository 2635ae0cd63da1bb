/** "Eingänge": residents' ideas, newest first, those waiting for release shown first (a filter the user can clear). */
import { DataTable, DateField, FunctionField, List, NumberField, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { ideaStatusChoices, moderationChoices } from './choices';
import { ideaPage } from './openIdea';
import { shortText } from './shortText';
import { ThemeInput } from '../tenant/VocabularyInputs';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <SelectInput source="moderation" choices={moderationChoices} key="m" alwaysOn />,
  <SelectInput source="status" choices={ideaStatusChoices} key="st" alwaysOn />,
  <ThemeInput source="theme" key="t" />,
];

const exporter = listExporter({ columns: ['createdAt', 'text', 'socialSpaceId', 'theme', 'moderation', 'status', 'meToo'], choices: { moderation: moderationChoices, status: ideaStatusChoices }, references: { socialSpaceId: 'social-spaces', quarterId: 'quarters' } });
export const IdeaList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'createdAt', order: 'DESC' }} filters={filters} filterDefaultValues={{ moderation: 'pending' }} perPage={25}>
    <DataTable rowClick={(_id, _resource, record) => ideaPage(record)}>
      <DataTable.Col source="createdAt"><DateField source="createdAt" /></DataTable.Col>
      <DataTable.Col source="text" disableSort><FunctionField source="text" render={(r: any) => shortText(r.text)} /></DataTable.Col>
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="theme" />
      <DataTable.Col source="moderation"><SelectField source="moderation" choices={moderationChoices} /></DataTable.Col>
      <DataTable.Col source="status"><SelectField source="status" choices={ideaStatusChoices} /></DataTable.Col>
      <DataTable.Col source="meToo" align="right"><NumberField source="meToo" /></DataTable.Col>
    </DataTable>
  </List>
);
