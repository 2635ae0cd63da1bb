import { NumberInput, TextInput } from 'react-admin';
export const GoalInputs = () => (
  <>
    <NumberInput source="number" />
    <TextInput source="title" multiline fullWidth />
    <TextInput source="description" multiline fullWidth />
  </>
);
