/**
 * Where neighbourhood management keeps a request: its texts, the contact, and the key handover (who
 * received the key, when, when it came back, notes on damage or a no-show). Saved with the version read
 * (a 409 shows the usual conflict notice); day, times and series stay as asked (propose another time instead).
 */
import { BooleanInput, DateTimeInput, Labeled, NumberInput, SelectArrayInput, ShowButton, SimpleForm, TextInput, TopToolbar } from 'react-admin';
import { roomBooking } from '../../../shared/schemas/roomBooking';
import { roomAccessibilityChoices } from '../common/choices';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { bookingFacts } from './BookingFacts';
import { DecisionButtons } from './Decisions';
import { ContactNote, SectionTitle } from './RoomBookingShow';

const toInstant = (v: string) => (v ? new Date(v).toISOString() : null);

export const RoomBookingEdit = () => (
  <AppEdit actions={<TopToolbar><DecisionButtons /><ShowButton /></TopToolbar>}>
    <SimpleForm resolver={zodResolver(roomBooking.update)}>
      {bookingFacts().map((field) => <Labeled key={field.key}>{field}</Labeled>)}
      <TextInput source="purpose" fullWidth />
      <TextInput source="groupName" fullWidth />
      <NumberInput source="expectedPeople" min={1} />
      <SelectArrayInput source="accessibilityNeeds" choices={roomAccessibilityChoices} />
      <TextInput source="accessibilityNote" fullWidth />
      <SectionTitle title="app.room_booking.contact_title" />
      <ContactNote />
      <TextInput source="contact.name" label="resources.room-bookings.fields.contactName" />
      <TextInput source="contact.email" label="app.contact.email" />
      <TextInput source="contact.phone" label="app.contact.phone" />
      <SectionTitle title="app.room_booking.key_title" />
      <TextInput source="keyGivenTo" helperText="app.room_booking.key_given_to_help" />
      <DateTimeInput source="keyGivenAt" parse={toInstant} />
      <DateTimeInput source="keyReturnedAt" parse={toInstant} />
      <TextInput source="handoverNotes" multiline fullWidth minRows={2} />
      <BooleanInput source="noShow" />
    </SimpleForm>
  </AppEdit>
);
