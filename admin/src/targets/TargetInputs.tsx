import { NumberInput, ReferenceInput, SelectInput } from 'react-admin';
export const TargetInputs = () => (
  <>
    <ReferenceInput source="indicatorId" reference="indicators" perPage={200}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <NumberInput source="year" />
    <NumberInput source="baseline" />
    <NumberInput source="target" />
  </>
);
