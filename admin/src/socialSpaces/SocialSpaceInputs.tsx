import { ReferenceArrayInput, SelectArrayInput, TextInput } from 'react-admin';
export const SocialSpaceInputs = () => (
  <>
    <TextInput source="name" fullWidth />
    <ReferenceArrayInput source="districtIds" reference="districts" sort={{ field: 'name', order: 'ASC' }}>
      <SelectArrayInput optionText="name" label="resources.social-spaces.fields.districtIds" />
    </ReferenceArrayInput>
    <TextInput source="description" multiline fullWidth />
  </>
);
