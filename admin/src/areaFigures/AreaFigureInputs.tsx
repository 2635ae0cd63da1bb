import { AutocompleteInput, NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { STANDARD_FIGURES } from '../../../shared/schemas/areaFigure';
import { yearOf } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';
export const AreaFigureInputs = () => (
  <>
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <NumberInput source="year" defaultValue={yearOf(now())} />
    <AutocompleteInput source="key" choices={STANDARD_FIGURES.map((k) => ({ id: k, name: `app.enum.figure.${k}` }))} onCreate={(key) => ({ id: key, name: key })} helperText="app.figure.key_help" />
    <TextInput source="label" fullWidth />
    <NumberInput source="value" />
    <TextInput source="unit" />
    <TextInput source="source" fullWidth />
  </>
);
