import { ReferenceInput, SelectInput, TextInput } from 'react-admin';
export const PlanningAreaInputs = () => (
  <>
    <TextInput source="name" fullWidth />
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <TextInput source="description" multiline fullWidth />
  </>
);
