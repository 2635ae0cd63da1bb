/** What was asked (read-only on both pages): room, when, who, status, fee and each occurrence. */
import { FunctionField, NumberField, ReferenceField, SelectField, TextField, useTranslate } from 'react-admin';
import { formatEuro } from '../../../shared/format/money';
import { bookerKindChoices, roomAccessibilityChoices } from '../common/choices';
import { EnumListField } from '../common/EnumListField';
import { useWhen } from './format';
import { OccurrencesTable } from './OccurrencesTable';
import { BookingStatusField, OverdueField } from './StatusText';

function When(_props: { label?: string }) {
  const when = useWhen();
  return <FunctionField render={(r: any) => when(r)} />;
}

/** The stated fee per occurrence (never charged here); none for the kinds that use rooms free of charge. */
function Fee(_props: { source?: string }) {
  const translate = useTranslate();
  return <FunctionField source="feeCents" render={(r: any) => (r.feeCents ? translate('app.room_booking.fee_per_occurrence', { amount: formatEuro(r.feeCents) }) : translate('app.room_booking.free'))} />;
}

/** The fields, each a child of a show layout (or wrapped in `Labeled` in the edit form). */
export const bookingFacts = () => [
  <ReferenceField key="room" source="roomId" reference="rooms" link={false} />,
  <ReferenceField key="centre" source="centreId" reference="centres" link={false} />,
  <When key="when" label="resources.room-bookings.fields.when" />,
  <SelectField key="kind" source="bookerKind" choices={bookerKindChoices} />,
  <ReferenceField key="org" source="organisationId" reference="organisations" link={false} emptyText="–" />,
  <BookingStatusField key="status" source="status" />,
  <OverdueField key="overdue" source="overdue" emptyText="–" />,
  <Fee key="fee" source="feeCents" />,
  <OccurrencesTable key="occ" label="resources.room-bookings.fields.occurrences" />,
];

/** What the requester wrote about the group, shown read-only to those who only read. */
export const requestFacts = () => [
  <TextField key="purpose" source="purpose" />,
  <TextField key="group" source="groupName" emptyText="–" />,
  <NumberField key="people" source="expectedPeople" />,
  <EnumListField key="acc" source="accessibilityNeeds" choices={roomAccessibilityChoices} />,
  <TextField key="accNote" source="accessibilityNote" emptyText="–" />,
];
