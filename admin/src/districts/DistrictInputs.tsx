import { TextInput } from 'react-admin';
export const DistrictInputs = () => (
  <>
    <TextInput source="name" fullWidth />
    <TextInput source="description" multiline fullWidth />
  </>
);
