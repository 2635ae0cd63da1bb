/** Each occurrence of a request with its own status, the reason of a refusal and a proposed other time. */
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Occurrence } from '../../../shared/schemas/roomBooking';
import { useDayFormat } from './format';
import { StatusText } from './StatusText';

export function OccurrencesTable(_props: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const day = useDayFormat();
  const occurrences: Occurrence[] = record?.occurrences ?? [];
  const time = (start: string, end: string) => translate('app.room_booking.time_range', { start, end });
  return (
    <Table size="small" data-testid="occurrences">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{translate('app.room_booking.column.date')}</TableCell>
          <TableCell component="th" scope="col">{translate('app.room_booking.column.time')}</TableCell>
          <TableCell component="th" scope="col">{translate('app.room_booking.column.status')}</TableCell>
          <TableCell component="th" scope="col">{translate('app.room_booking.column.reason')}</TableCell>
          <TableCell component="th" scope="col">{translate('app.room_booking.column.proposal')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {occurrences.map((o) => (
          <TableRow key={o.id}>
            <TableCell>{day(o.date)}</TableCell>
            <TableCell>{time(o.startTime, o.endTime)}</TableCell>
            <TableCell><StatusText status={o.status} of="occurrenceStatus" /></TableCell>
            <TableCell>{o.reason ?? '–'}</TableCell>
            <TableCell>{o.proposal ? [`${day(o.proposal.date)}, ${time(o.proposal.startTime, o.proposal.endTime)}`, o.proposal.note].filter(Boolean).join(': ') : '–'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
