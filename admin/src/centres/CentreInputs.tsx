import { ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { LocationInput } from '../map/LocationInput';
import { ScheduleInput } from '../common/ScheduleInput';
export const CentreInputs = () => (
  <>
    <TextInput source="name" fullWidth />
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceInput source="quarterId" reference="quarters" sort={{ field: 'name', order: 'ASC' }} perPage={100}><SelectInput optionText="name" /></ReferenceInput>
    <TextInput source="address.street" label="resources.centres.fields.street" />
    <TextInput source="address.postalCode" label="resources.centres.fields.postalCode" />
    <TextInput source="address.city" label="resources.centres.fields.city" helperText="app.centre.city_help" />
    <LocationInput source="geo" spaceField="socialSpaceId" quarterField="quarterId" />
    <ScheduleInput source="openingHours" />
    <TextInput source="contact.phone" label="app.contact.phone" />
    <TextInput source="contact.email" label="app.contact.email" />
    <TextInput source="accessibility" fullWidth />
  </>
);
