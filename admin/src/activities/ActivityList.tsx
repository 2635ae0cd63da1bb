import { DataTable, DateField, FunctionField, List, NumberField, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, TextInput, useTranslate } from 'react-admin';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { activityKindChoices, stageChoices } from '../common/choices';
import { placesText } from './places';
const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <SelectInput source="stage" choices={stageChoices} key="st" alwaysOn />,
  <SelectInput source="kind" choices={activityKindChoices} key="k" alwaysOn />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <TextInput source="month" key="m" alwaysOn helperText="app.network.month_help" />,
];
const exporter = listExporter({ columns: ['date', 'title', 'stage', 'kind', 'socialSpaceId', 'participants', 'volunteers', 'signedUp'], choices: { stage: stageChoices, kind: activityKindChoices }, references: { socialSpaceId: 'social-spaces', centreId: 'centres', organisationIds: 'organisations', offerId: 'offers' } });
export const ActivityList = () => {
  const translate = useTranslate();
  return (
    <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'date', order: 'DESC' }} filters={filters}>
      <DataTable rowClick="show">
        <DataTable.Col source="date"><DateField source="date" /></DataTable.Col>
        <DataTable.Col source="title" />
        <DataTable.Col source="stage"><SelectField source="stage" choices={stageChoices} /></DataTable.Col>
        <DataTable.Col source="kind"><SelectField source="kind" choices={activityKindChoices} /></DataTable.Col>
        <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
        <DataTable.NumberCol source="participants"><NumberField source="participants" /></DataTable.NumberCol>
        <DataTable.NumberCol source="volunteers"><NumberField source="volunteers" /></DataTable.NumberCol>
        {/* The confirmed places of activities residents sign up for ("3 von 10"). */}
        <DataTable.Col source="signedUp" label={translate('resources.sign-ups.name', { smart_count: 1 })}>
          <FunctionField source="signedUp" render={(r: any) => (r.signUp ? placesText(translate, r) : '')} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
