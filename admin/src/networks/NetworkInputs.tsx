import { ArrayInput, AutocompleteArrayInput, BooleanInput, DateInput, ReferenceArrayInput, ReferenceInput, SelectArrayInput, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { cadenceChoices, networkKindChoices, networkStatusChoices } from '../common/choices';
import { TargetGroupsInput, ThemesInput } from '../tenant/VocabularyInputs';
export const NetworkInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" fullWidth />
      <SelectInput source="kind" choices={networkKindChoices} />
      <ReferenceArrayInput source="socialSpaceIds" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectArrayInput optionText="name" /></ReferenceArrayInput>
      <ThemesInput source="themes" />
      <TargetGroupsInput source="targetGroups" />
      <ReferenceInput source="leadUserId" reference="users" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
      <ReferenceArrayInput source="memberOrganisationIds" reference="organisations" sort={{ field: 'name', order: 'ASC' }} perPage={200}><AutocompleteArrayInput optionText="name" fullWidth /></ReferenceArrayInput>
      <SelectInput source="cadence" choices={cadenceChoices} defaultValue="as-needed" />
      <SelectInput source="status" choices={networkStatusChoices} defaultValue="active" />
      <DateInput source="startDate" />
      <DateInput source="endDate" />
      <TextInput source="description" multiline fullWidth />
      <BooleanInput source="public" helperText="app.network.public_help" />
      <TextInput source="publicContact" fullWidth helperText="app.network.public_contact_help" />
      <Typography variant="body2" sx={{ mt: 2 }}>{translate('app.network.contacts_note')}</Typography>
      <ArrayInput source="contacts">
        <SimpleFormIterator inline>
          <TextInput source="name" label="resources.networks.fields.contactName" />
          <TextInput source="function" label="resources.networks.fields.contactFunction" />
          <TextInput source="organisation" label="resources.networks.fields.contactOrganisation" />
          <TextInput source="email" label="app.contact.email" />
          <TextInput source="phone" label="app.contact.phone" />
          <TextInput source="consentNote" label="resources.networks.fields.consentNote" />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};
