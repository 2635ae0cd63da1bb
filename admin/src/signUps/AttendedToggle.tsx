/**
 * "Teilgenommen" as a checkbox in a row of sign-ups: a click saves the sign-up with the mark flipped
 * (the whole record with its version, as ra-data-simple-rest sends it; the server keeps every other
 * field as stored). Who may mark it is judged on the sign-up's activity, as the API judges it.
 */
import { Checkbox } from '@mui/material';
import { BooleanField, ReferenceField, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate, type RaRecord } from 'react-admin';

export function AttendedToggle({ activity, signUp: given }: { activity: RaRecord | undefined; signUp?: RaRecord }) {
  const context = useRecordContext();
  const signUp = given ?? context;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  // Judged on the activity (its social space and target groups); one check per activity, shared by its rows.
  const { canAccess } = useCanAccess({ resource: 'sign-ups', action: 'edit', record: activity, enabled: !!activity });
  const [update, { isPending }] = useUpdate();
  if (!signUp) return null;
  if (!canAccess) return <BooleanField source="attended" record={signUp} looseValue />;
  const name = signUp.name ?? translate('resources.sign-ups.fields.anonymised');
  const toggle = () =>
    update(
      'sign-ups',
      { id: signUp.id, data: { ...signUp, attended: !signUp.attended }, previousData: signUp },
      {
        mutationMode: 'pessimistic',
        onError: (err: any) => {
          notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
          // A newer version on the server: fetch it, so the next click sends that one.
          if (err?.status === 409) refresh();
        },
      },
    );
  return (
    <Checkbox
      checked={!!signUp.attended}
      disabled={isPending}
      onChange={toggle}
      // The row of the list of all sign-ups opens the activity; the checkbox only marks.
      onClick={(e) => e.stopPropagation()}
      slotProps={{ input: { 'aria-label': `${translate('resources.sign-ups.fields.attended')}: ${name}` } }}
      size="small"
      sx={{ p: 0.5 }}
    />
  );
}

/** The checkbox in the list of all sign-ups: the rows' activities come with one request (ReferenceField's batch). */
export function AttendedCell() {
  const signUp = useRecordContext();
  if (!signUp) return null;
  return (
    <ReferenceField source="activityId" reference="activities" link={false} record={signUp}>
      <ToggleForActivity signUp={signUp} />
    </ReferenceField>
  );
}

function ToggleForActivity({ signUp }: { signUp: RaRecord }) {
  const activity = useRecordContext();
  return <AttendedToggle activity={activity} signUp={signUp} />;
}
