import { NumberInput, ReferenceInput, SelectInput, TextArrayInput, TextInput } from 'react-admin';
import { yearOf } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';
export const WorkPlanInputs = () => (
  <>
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <NumberInput source="year" defaultValue={yearOf(now())} />
    <TextArrayInput source="priorities" fullWidth />
    <TextInput source="summary" multiline fullWidth />
  </>
);
