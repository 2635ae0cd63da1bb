/** The quick meeting form: date, who was there, and the agreements, added inline; an open meeting also with its public title and start. */
import { HandoverInput } from '../councils/HandoverInput';
import {
  ArrayInput, AutocompleteArrayInput, BooleanInput, DateInput, NumberInput, ReferenceArrayInput, ReferenceInput, SelectInput, SimpleFormIterator, TextArrayInput, TextInput, useCanAccess,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { agreementStatusChoices } from '../common/choices';
import { RoomInput } from '../rooms/RoomInput';

export const MeetingInputs = ({ edit = false }: { edit?: boolean }) => {
  // Only roles that may list users can name one as owner; the others name an organisation.
  const { canAccess: canListUsers } = useCanAccess({ resource: 'users', action: 'list' });
  const isPublic = useWatch({ name: 'public' });
  const roomId = useWatch({ name: 'roomId' });
  return (
    <>
      <ReferenceInput source="networkId" reference="networks" sort={{ field: 'name', order: 'ASC' }} perPage={200}>
        <SelectInput optionText="name" readOnly={edit} fullWidth />
      </ReferenceInput>
      <DateInput source="date" />
      <BooleanInput source="public" helperText="app.meeting.public_help" />
      {isPublic && <TextInput source="publicTitle" fullWidth helperText="app.meeting.public_title_help" />}
      {/* The times: for the public dates, and for the room a meeting uses (it holds the room from start to end). */}
      {(isPublic || roomId) && (
        <>
          <TextInput source="startTime" placeholder="18:00" helperText="app.meeting.start_time_help" />
          <TextInput source="endTime" placeholder="20:00" helperText="app.meeting.end_time_help" />
        </>
      )}
      <ReferenceArrayInput source="organisationIds" reference="organisations" sort={{ field: 'name', order: 'ASC' }} perPage={200}>
        <AutocompleteArrayInput optionText="name" fullWidth />
      </ReferenceArrayInput>
      <NumberInput source="attendees" min={0} />
      <NumberInput source="residents" min={0} />
      <ReferenceInput source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }} perPage={200}><SelectInput optionText="name" /></ReferenceInput>
      <RoomInput />
      <TextInput source="location" />
      <TextArrayInput source="topics" fullWidth />
      <ArrayInput source="agreements">
        <SimpleFormIterator inline>
          <TextInput source="text" label="resources.meetings.fields.agreementText" sx={{ minWidth: 320 }} />
          <ReferenceInput source="ownerOrganisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }} perPage={200}>
            <SelectInput optionText="name" label="resources.meetings.fields.ownerOrganisationId" />
          </ReferenceInput>
          {canListUsers ? (
            <ReferenceInput source="ownerUserId" reference="users" sort={{ field: 'name', order: 'ASC' }}>
              <SelectInput optionText="name" label="resources.meetings.fields.ownerUserId" />
            </ReferenceInput>
          ) : null}
          <DateInput source="dueDate" label="resources.meetings.fields.dueDate" />
          <SelectInput source="status" choices={agreementStatusChoices} defaultValue="open" label="resources.meetings.fields.agreementStatus" />
          <HandoverInput />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="minutes" multiline fullWidth />
      <TextInput source="minutesUrl" fullWidth />
    </>
  );
};
