import { NumberInput, ReferenceInput, SelectInput, TextArrayInput, TextInput } from 'react-admin';
export const WorkPlanInputs = () => (
  <>
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <NumberInput source="year" defaultValue={new Date().getFullYear()} />
    <TextArrayInput source="priorities" fullWidth />
    <TextInput source="summary" multiline fullWidth />
  </>
);
