import { NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
export const MeasurementInputs = () => (
  <>
    {/* Computed indicators take no values by hand (the API answers 409). */}
    <ReferenceInput source="indicatorId" reference="indicators" perPage={200} filter={{ source: 'manual' }}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <TextInput source="period" helperText="app.measurement.period_help" />
    <NumberInput source="value" />
    <TextInput source="note" multiline fullWidth />
    <TextInput source="dataSource" fullWidth />
  </>
);
