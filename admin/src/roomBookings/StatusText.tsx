/**
 * A request's or an occurrence's status, and the overdue mark: always as words with an icon beside them,
 * never by colour alone (WCAG 1.4.1; LibreBooking's audit found colour-only status, issue 34).
 */
import ApprovedIcon from '@mui/icons-material/CheckCircleOutlined';
import PendingIcon from '@mui/icons-material/HourglassEmpty';
import RefusedIcon from '@mui/icons-material/HighlightOff';
import CancelledIcon from '@mui/icons-material/Block';
import ProposedIcon from '@mui/icons-material/EventRepeat';
import UnconfirmedIcon from '@mui/icons-material/MarkEmailUnread';
import OverdueIcon from '@mui/icons-material/ReportProblemOutlined';
import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const ICONS: Record<string, typeof PendingIcon> = {
  approved: ApprovedIcon, pending: PendingIcon, refused: RefusedIcon, cancelled: CancelledIcon, proposed: ProposedIcon, unconfirmed: UnconfirmedIcon,
};

/** Icon and words; `of`: `bookingStatus` (a request's summary) or `occurrenceStatus`. */
export function StatusText({ status, of = 'bookingStatus' }: { status?: string; of?: 'bookingStatus' | 'occurrenceStatus' }) {
  const translate = useTranslate();
  if (!status) return null;
  const Icon = ICONS[status] ?? PendingIcon;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }} data-status={status}>
      <Icon fontSize="small" aria-hidden />
      {translate(`app.enum.${of}.${status}`)}
    </Box>
  );
}

/** The request's status, for lists and the show page. */
export function BookingStatusField(_props: { source?: string; label?: string }) {
  const record = useRecordContext();
  return <StatusText status={record?.status} />;
}

/** "überfällig" (older than three working days without an answer), or nothing. */
export function OverdueField({ emptyText }: { source?: string; label?: string; emptyText?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.overdue) return emptyText ? <span>{emptyText}</span> : null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="overdue">
      <OverdueIcon fontSize="small" aria-hidden />
      {translate('app.room_booking.overdue')}
    </Box>
  );
}
