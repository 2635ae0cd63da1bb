import { ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { orgKindChoices } from '../common/choices';
export const OrganisationInputs = () => (
  <>
    <TextInput source="name" fullWidth />
    <SelectInput source="kind" choices={orgKindChoices} />
    <ReferenceInput source="parentId" reference="organisations" sort={{ field: 'name', order: 'ASC' }} perPage={200}><SelectInput optionText="name" /></ReferenceInput>
    <TextInput source="contact.email" label="app.contact.email" />
    <TextInput source="contact.phone" label="app.contact.phone" />
    <TextInput source="contact.website" label="app.contact.website" />
    <TextInput source="description" multiline fullWidth />
  </>
);
