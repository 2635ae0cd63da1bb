/**
 * An activity's sign-ups, below its facts on the show page: the people confirmed, waiting and not yet
 * confirmed, each sign-up with its attendance mark, and the button that takes the marks over into the
 * activity's participants. Only for those who may see the sign-ups of this activity (personal data:
 * the roles that run activities in its social space, never leadership city-wide).
 */
import { Box, Stack, Typography } from '@mui/material';
import { DataTable, ReferenceManyField, useCanAccess, useListContext, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { MAX_PAGE } from '../../../shared/contract/routes/groups';
import { AttendanceButton } from './AttendanceButton';
import { AttendedToggle } from './AttendedToggle';
import { countPeople } from './people';
import { signUpColumns } from './signUpColumns';

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function SignUpsBody({ activity }: { activity: RaRecord }) {
  const translate = useTranslate();
  const { data = [], isPending } = useListContext();
  const { canAccess: mayTakeAttendance } = useCanAccess({ resource: 'activities', action: 'edit', record: activity });
  // An activity without sign-up that never had any: nothing to show.
  if (!activity.signUp && (isPending || data.length === 0)) return null;
  const counts = countPeople(data);
  const status = (s: string) => translate(`app.enum.signUpStatus.${s}`);
  // "Bestätigt: 7 Personen · Warteliste: 2 · unbestätigt: 1", in people (guests included).
  const line = [
    `${capitalised(status('confirmed'))}: ${translate('app.signUp.people', { smart_count: counts.confirmed })}`,
    `${status('waitlisted')}: ${counts.waitlisted}`,
    `${status('unconfirmed')}: ${counts.unconfirmed}`,
  ].join(' · ');
  return (
    <Box component="section" aria-labelledby="activity-sign-ups-title" data-testid="activity-sign-ups" sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h2" id="activity-sign-ups-title">{translate('resources.sign-ups.name', { smart_count: 2 })}</Typography>
        <AttendanceButton activity={activity} disabled={isPending || counts.attended === 0} />
      </Stack>
      <Typography variant="body1" data-testid="sign-up-counts" sx={{ mt: 1 }}>{isPending ? '…' : line}</Typography>
      {mayTakeAttendance && <Typography variant="caption" component="p">{translate('app.signUp.attendance_help', { count: counts.attended })}</Typography>}
      <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography variant="body2" sx={{ mt: 1 }}>{translate('app.signUp.none')}</Typography>}>
        {signUpColumns()}
        <DataTable.Col source="attended" align="center"><AttendedToggle activity={activity} /></DataTable.Col>
      </DataTable>
      <Typography variant="caption" component="p" sx={{ mt: 1 }}>{translate('app.signUp.personal_note')}</Typography>
    </Box>
  );
}

export function SignUpsSection() {
  const activity = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'sign-ups', action: 'list', record: activity, enabled: !!activity });
  if (!activity || !canAccess) return null;
  return (
    // Every sign-up of the activity at once (one page), so the counts above the table are whole.
    <ReferenceManyField reference="sign-ups" target="activityId" sort={{ field: 'createdAt', order: 'ASC' }} perPage={MAX_PAGE}>
      <SignUpsBody activity={activity} />
    </ReferenceManyField>
  );
}
