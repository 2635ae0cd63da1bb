/**
 * A district council: its district, name, office, who receives the district report and how many days
 * before a session, and its session dates (each with time, place and a note).
 */
import { ArrayInput, DateInput, NumberInput, ReferenceInput, SelectInput, SimpleFormIterator, TextArrayInput, TextInput } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { entryError } from '../common/entryError';

/** The report's recipients as chips. An address the API refuses is an error of its entry, shown in place of the help text. */
function RecipientsInput() {
  const { errors } = useFormState({ name: 'recipients' });
  return <TextArrayInput source="recipients" fullWidth helperText={entryError(errors.recipients) ?? 'app.council.recipients_help'} />;
}

export const CouncilInputs = () => (
  <>
    <ReferenceInput source="districtId" reference="districts" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <TextInput source="name" fullWidth helperText="app.council.name_help" />
    <TextInput source="office.address.street" label="resources.councils.fields.street" />
    <TextInput source="office.address.postalCode" label="resources.councils.fields.postalCode" />
    <TextInput source="office.address.city" label="resources.councils.fields.city" helperText="app.centre.city_help" />
    <TextInput source="office.email" label="resources.councils.fields.officeEmail" />
    <TextInput source="office.phone" label="resources.councils.fields.officePhone" />
    <TextInput source="office.website" label="resources.councils.fields.officeWebsite" />
    <RecipientsInput />
    <NumberInput source="reportDaysBefore" min={1} max={60} step={1} defaultValue={7} helperText="app.council.days_help" />
    <ArrayInput source="sessions">
      <SimpleFormIterator inline>
        <DateInput source="date" label="resources.councils.fields.sessionDate" />
        <TextInput source="time" label="resources.councils.fields.sessionTime" placeholder="17:00" />
        <TextInput source="place" label="resources.councils.fields.sessionPlace" sx={{ minWidth: 240 }} />
        <TextInput source="note" label="resources.councils.fields.sessionNote" sx={{ minWidth: 240 }} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
