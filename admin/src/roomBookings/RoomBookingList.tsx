/**
 * "Raumanfragen", the queue: a centre's room requests, pending first and the oldest first (the API's
 * order, unless a column is sorted), requests without an answer for three working days marked.
 */
import { DataTable, DateField, FunctionField, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { bookerKindChoices, bookingStatusChoices } from '../common/choices';
import { QUEUE_ORDER } from '../dataProvider';
import { useWhen } from './format';
import { BookingStatusField, OverdueField } from './StatusText';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="centreId" reference="centres" alwaysOn key="c" sort={{ field: 'name', order: 'ASC' }} perPage={200}><SelectInput optionText="name" /></ReferenceInput>,
  <SelectInput source="status" choices={bookingStatusChoices} alwaysOn key="s" />,
];

function When(_props: { source?: string }) {
  const when = useWhen();
  return <FunctionField render={(r: any) => when(r)} />;
}

export const RoomBookingList = () => (
  // No export: the requests hold personal data (contacts, key holders).
  <List sort={{ field: QUEUE_ORDER, order: 'ASC' }} filters={filters} perPage={25} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="purpose" />
      <DataTable.Col source="roomId"><ReferenceField source="roomId" reference="rooms" link={false} /></DataTable.Col>
      <DataTable.Col source="date" label="resources.room-bookings.fields.when"><When /></DataTable.Col>
      <DataTable.Col source="bookerKind"><SelectField source="bookerKind" choices={bookerKindChoices} /></DataTable.Col>
      <DataTable.Col source="status"><BookingStatusField /></DataTable.Col>
      <DataTable.Col source="overdue" disableSort><OverdueField /></DataTable.Col>
      <DataTable.Col source="createdAt"><DateField source="createdAt" /></DataTable.Col>
    </DataTable>
  </List>
);
