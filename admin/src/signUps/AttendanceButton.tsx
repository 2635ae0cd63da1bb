/**
 * "Teilnahme übernehmen": the activity's participants become the people (with their guests) of the
 * sign-ups marked as attended; the page then shows the new figure. For those who may change the activity.
 */
import AttendanceIcon from '@mui/icons-material/FactCheck';
import { useState } from 'react';
import { Button, useCanAccess, useNotify, useRefresh, type RaRecord } from 'react-admin';
import { takeAttendance } from './signUpApi';

export function AttendanceButton({ activity, disabled }: { activity: RaRecord; disabled?: boolean }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'activities', action: 'edit', record: activity });
  if (!canAccess) return null;
  const take = async () => {
    setBusy(true);
    try {
      // The version as shown: a change saved meanwhile by someone else is a conflict, not overwritten.
      const updated = await takeAttendance(String(activity.id), activity.version);
      notify('app.signUp.attendance_taken', { type: 'success', messageArgs: { count: updated.participants } });
      refresh();
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="app.signUp.take_attendance" onClick={take} disabled={busy || disabled} variant="contained"><AttendanceIcon /></Button>;
}
