/**
 * The room an offer or a meeting uses, among the rooms of the centre chosen (shown once one is): its
 * schedule then occupies the room, and the room's availability and week view show it.
 */
import { useEffect, useRef } from 'react';
import { ReferenceInput, SelectInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';

export function RoomInput() {
  const centreId = useWatch({ name: 'centreId' });
  const { setValue } = useFormContext();
  const previous = useRef(centreId);
  // Another centre: the room chosen before is not one of its rooms.
  useEffect(() => {
    if (previous.current !== centreId && previous.current !== undefined) setValue('roomId', null, { shouldDirty: true });
    previous.current = centreId;
  }, [centreId, setValue]);
  if (!centreId) return null;
  return (
    <ReferenceInput source="roomId" reference="rooms" filter={{ centreId }} sort={{ field: 'name', order: 'ASC' }} perPage={100}>
      <SelectInput optionText="name" helperText="app.room.room_help" />
    </ReferenceInput>
  );
}
