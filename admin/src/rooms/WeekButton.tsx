/** "Wochenansicht": the room's week with its requests, offers and meetings, for those who read its requests. */
import CalendarIcon from '@mui/icons-material/CalendarViewWeek';
import { Button, useCanAccess, useRecordContext } from 'react-admin';

/** On a room (`roomField` id) or on a request (`roomId`). */
export function WeekButton({ roomField = 'id' }: { roomField?: 'id' | 'roomId'; label?: string }) {
  const record = useRecordContext();
  // The week shows the requests' purposes: judged as reading requests in the record's social space (as the API does).
  const { canAccess } = useCanAccess({ resource: 'room-bookings', action: 'show', record });
  if (!record?.[roomField] || !canAccess) return null;
  return (
    <Button to={`/rooms/${encodeURIComponent(String(record[roomField]))}/week`} label="app.room.week" onClick={(e) => e.stopPropagation()}>
      <CalendarIcon />
    </Button>
  );
}
