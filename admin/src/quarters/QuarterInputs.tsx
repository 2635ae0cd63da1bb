import { ReferenceInput, SelectInput, TextInput } from 'react-admin';
export const QuarterInputs = () => (
  <>
    <TextInput source="name" fullWidth />
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceInput source="districtId" reference="districts" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
  </>
);
