import { NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
export const ContributionInputs = () => (
  <>
    <ReferenceInput source="indicatorId" reference="indicators" filter={{ source: 'partner' }} sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <TextInput source="period" helperText="app.measurement.period_help" />
    <NumberInput source="value" />
    <TextInput source="note" multiline fullWidth />
  </>
);
