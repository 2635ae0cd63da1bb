import { AutocompleteArrayInput, BooleanInput, ReferenceArrayInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { HandoverInput } from '../councils/HandoverInput';
import { measureStatusChoices } from '../common/choices';
import { TargetGroupsInput } from '../tenant/VocabularyInputs';
export const MeasureInputs = () => (
  <>
    <ReferenceInput source="workPlanId" reference="work-plans"><SelectInput optionText={(p: any) => `${p.year} · ${p.socialSpaceId}`} readOnly /></ReferenceInput>
    <TextInput source="title" fullWidth />
    <ReferenceArrayInput source="needIds" reference="needs" perPage={200}><AutocompleteArrayInput optionText="title" fullWidth /></ReferenceArrayInput>
    <ReferenceArrayInput source="goalIds" reference="goals" sort={{ field: 'number', order: 'ASC' }}><AutocompleteArrayInput optionText={(g: any) => `${g.number}. ${g.title.slice(0, 60)}`} /></ReferenceArrayInput>
    <TargetGroupsInput source="targetGroups" />
    <TextInput source="plannedFrom" helperText="app.network.month_help" />
    <TextInput source="plannedTo" helperText="app.network.month_help" />
    <ReferenceInput source="budgetLineId" reference="budget-lines"><SelectInput optionText="label" /></ReferenceInput>
    <SelectInput source="status" choices={measureStatusChoices} defaultValue="planned" />
    <TextInput source="description" multiline fullWidth />
    <TextInput source="reviewNotes" multiline fullWidth />
    <BooleanInput source="public" helperText="app.measure.public_help" />
    <HandoverInput />
  </>
);
