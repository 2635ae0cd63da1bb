import { NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { directionChoices, frequencyChoices, roleChoices } from '../common/choices';
export const IndicatorInputs = () => (
  <>
    <ReferenceInput source="goalId" reference="goals" sort={{ field: 'number', order: 'ASC' }}><SelectInput optionText={(g: any) => `${g.number}. ${g.title.slice(0, 80)}`} /></ReferenceInput>
    <TextInput source="name" fullWidth />
    <TextInput source="unit" />
    <SelectInput source="direction" choices={directionChoices} />
    <SelectInput source="frequency" choices={frequencyChoices} />
    <NumberInput source="minValue" />
    <NumberInput source="maxValue" />
    <SelectInput source="responsibleRole" choices={roleChoices} defaultValue="coordination" />
    <TextInput source="dataSource" fullWidth />
    <TextInput source="description" multiline fullWidth />
  </>
);
