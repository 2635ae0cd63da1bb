import { AutocompleteArrayInput, BooleanInput, DateInput, NumberInput, ReferenceArrayInput, ReferenceInput, SelectArrayInput, SelectInput, TextInput } from 'react-admin';
import { activityKindChoices, stageChoices, targetGroupChoices, themeChoices } from '../common/choices';
export const ActivityInputs = () => (
  <>
    <TextInput source="title" fullWidth />
    <SelectInput source="kind" choices={activityKindChoices} />
    <SelectInput source="stage" choices={stageChoices} helperText="app.activity.stage_help" />
    <DateInput source="date" />
    <DateInput source="endDate" />
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceArrayInput source="quarterIds" reference="quarters" sort={{ field: 'name', order: 'ASC' }} perPage={100}><AutocompleteArrayInput optionText="name" /></ReferenceArrayInput>
    <ReferenceInput source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }} perPage={200}><SelectInput optionText="name" /></ReferenceInput>
    <SelectArrayInput source="themes" choices={themeChoices} />
    <SelectArrayInput source="targetGroups" choices={targetGroupChoices} />
    <NumberInput source="participants" min={0} />
    <NumberInput source="volunteers" min={0} />
    <ReferenceArrayInput source="organisationIds" reference="organisations" sort={{ field: 'name', order: 'ASC' }} perPage={200}><AutocompleteArrayInput optionText="name" fullWidth /></ReferenceArrayInput>
    <BooleanInput source="residentsInPlanning" />
    <ReferenceInput source="offerId" reference="offers" sort={{ field: 'title', order: 'ASC' }} perPage={200}><SelectInput optionText="title" /></ReferenceInput>
    <TextInput source="outcome" multiline fullWidth />
  </>
);
