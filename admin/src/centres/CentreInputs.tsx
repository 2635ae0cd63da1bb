/**
 * A community centre: where it is, its regular opening hours with a note, days it is closed or keeps
 * other hours, a notice while it is closed for a while, hours by appointment, contact, accessibility
 * and the languages spoken there (what its public page shows).
 */
import { ArrayInput, BooleanInput, DateInput, ReferenceInput, SelectInput, SimpleFormIterator, TextArrayInput, TextInput, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { useFormState } from 'react-hook-form';
import { LocationInput } from '../map/LocationInput';
import { ScheduleInput } from '../common/ScheduleInput';
import { entryError } from '../common/entryError';

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>{translate(title)}</Typography>;
};

/**
 * Language codes as chips, lower-cased. A code the API refuses is an error of its entry (`languages.1`),
 * which the chips input does not show itself: its message stands in for the help text.
 */
function LanguagesInput() {
  const { errors } = useFormState({ name: 'languages' });
  return (
    <TextArrayInput
      source="languages"
      fullWidth
      parse={(codes: string[] | undefined) => codes?.map((c) => c.trim().toLowerCase())}
      helperText={entryError(errors.languages) ?? 'app.centre.languages_help'}
    />
  );
}

export const CentreInputs = () => (
  <>
    <TextInput source="name" fullWidth />
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceInput source="quarterId" reference="quarters" sort={{ field: 'name', order: 'ASC' }} perPage={100}><SelectInput optionText="name" /></ReferenceInput>
    <TextInput source="address.street" label="resources.centres.fields.street" />
    <TextInput source="address.postalCode" label="resources.centres.fields.postalCode" />
    <TextInput source="address.city" label="resources.centres.fields.city" helperText="app.centre.city_help" />
    <LocationInput source="geo" spaceField="socialSpaceId" quarterField="quarterId" />
    <Section title="app.centre.hours" />
    <ScheduleInput source="openingHours" />
    <TextInput source="hoursNote" multiline fullWidth helperText="app.centre.hours_note_help" />
    <TextInput source="temporarilyClosed.note" label="resources.centres.fields.closedNote" fullWidth helperText="app.centre.closed_help" />
    <DateInput source="temporarilyClosed.until" label="resources.centres.fields.closedUntil" helperText="app.centre.closed_until_help" />
    <ArrayInput source="exceptions" helperText="app.centre.exceptions_help">
      <SimpleFormIterator inline>
        <DateInput source="date" label="resources.centres.fields.exceptionDate" />
        <DateInput source="until" label="resources.centres.fields.exceptionUntil" />
        <BooleanInput source="closed" label="resources.centres.fields.exceptionClosed" defaultValue={true} />
        <TextInput source="opens" label="app.schedule.opens" placeholder="10:00" />
        <TextInput source="closes" label="app.schedule.closes" placeholder="14:00" />
        <TextInput source="note" label="resources.centres.fields.exceptionNote" />
      </SimpleFormIterator>
    </ArrayInput>
    <ScheduleInput source="appointmentHours" />
    <TextInput source="appointmentNote" multiline fullWidth helperText="app.centre.appointment_help" />
    <Section title="app.centre.more" />
    <TextInput source="contact.phone" label="app.contact.phone" />
    <TextInput source="contact.email" label="app.contact.email" />
    <TextInput source="accessibility" fullWidth />
    <LanguagesInput />
  </>
);
