/** A room request read-only with its occurrences, contact and key handover; the answers for those who may give them. */
import { BooleanField, DateField, EditButton, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useTranslate } from 'react-admin';
import { Stack, Typography } from '@mui/material';
import { bookingFacts, requestFacts } from './BookingFacts';
import { DecisionButtons } from './Decisions';

/** A heading between fields (`label={false}`: a show layout gives it no label of its own). */
export const SectionTitle = ({ title }: { title: string; label?: false }) => {
  const translate = useTranslate();
  return <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>{translate(title)}</Typography>;
};

/** What the contact may be used for, and when it is deleted. */
export function ContactNote() {
  const translate = useTranslate();
  return <Typography variant="body2">{translate('app.room_booking.contact_note')}</Typography>;
}

/** The requester's contact: personal data, for answering this request only. */
export function ContactFacts(_props: { label?: false }) {
  return (
    <Stack spacing={1}>
      <SectionTitle title="app.room_booking.contact_title" />
      <ContactNote />
      <Labeled label="resources.room-bookings.fields.contactName"><TextField source="contact.name" emptyText="–" /></Labeled>
      <Labeled label="app.contact.email"><TextField source="contact.email" emptyText="–" /></Labeled>
      <Labeled label="app.contact.phone"><TextField source="contact.phone" emptyText="–" /></Labeled>
    </Stack>
  );
}

export const RoomBookingShow = () => (
  <Show actions={<TopToolbar><DecisionButtons /><EditButton /></TopToolbar>}>
    <SimpleShowLayout>
      {requestFacts()}
      {bookingFacts()}
      <DateField source="createdAt" showTime />
      <DateField source="answeredAt" showTime emptyText="–" />
      <ContactFacts label={false} />
      <SectionTitle title="app.room_booking.key_title" label={false} />
      <TextField source="keyGivenTo" emptyText="–" />
      <DateField source="keyGivenAt" showTime emptyText="–" />
      <DateField source="keyReturnedAt" showTime emptyText="–" />
      <TextField source="handoverNotes" emptyText="–" sx={{ whiteSpace: 'pre-wrap' }} />
      <BooleanField source="noShow" />
    </SimpleShowLayout>
  </Show>
);
