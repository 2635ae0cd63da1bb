import { ArrayInput, BooleanInput, ReferenceArrayInput, SelectArrayInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { roleChoices } from '../common/choices';
export const UserInputs = () => (
  <>
    <TextInput source="email" type="email" fullWidth />
    <TextInput source="name" fullWidth />
    <BooleanInput source="active" defaultValue />
    <BooleanInput source="receivesReport" defaultValue />
    <ArrayInput source="assignments">
      <SimpleFormIterator inline>
        <SelectInput source="role" choices={roleChoices} label="resources.users.fields.role" />
        <ReferenceArrayInput source="socialSpaceIds" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}>
          <SelectArrayInput optionText="name" label="resources.users.fields.socialSpaceIds" />
        </ReferenceArrayInput>
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
