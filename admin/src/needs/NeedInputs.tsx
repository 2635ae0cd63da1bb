import { AutocompleteArrayInput, NumberInput, ReferenceArrayInput, ReferenceInput, SelectArrayInput, SelectInput, TextInput } from 'react-admin';
import { needEvidenceChoices, needStatusChoices, priorityChoices } from '../common/choices';
import { TargetGroupsInput, ThemeInput } from '../tenant/VocabularyInputs';
import { HandoverInput } from '../councils/HandoverInput';
export const NeedInputs = () => (
  <>
    <TextInput source="title" fullWidth />
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceArrayInput source="quarterIds" reference="quarters" sort={{ field: 'name', order: 'ASC' }} perPage={100}><AutocompleteArrayInput optionText="name" /></ReferenceArrayInput>
    <ThemeInput source="theme" />
    <TargetGroupsInput source="targetGroups" />
    <NumberInput source="minAge" min={0} />
    <NumberInput source="maxAge" min={0} />
    <SelectArrayInput source="evidence" choices={needEvidenceChoices} />
    <SelectInput source="priority" choices={priorityChoices} defaultValue={2} />
    <SelectInput source="status" choices={needStatusChoices} defaultValue="open" />
    <TextInput source="description" multiline fullWidth />
    <HandoverInput />
  </>
);
