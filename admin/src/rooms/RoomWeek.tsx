/**
 * "Wochenansicht" of a room: Monday to Sunday of a chosen week, the open and approved occurrences of its
 * requests (with their purposes and status in words), and the offers and meetings using it, each with its
 * times (GET /v1/rooms/{id}/week). A day is a list, so it reads in order without the grid.
 */
import BookingIcon from '@mui/icons-material/EventAvailable';
import OfferIcon from '@mui/icons-material/Event';
import MeetingIcon from '@mui/icons-material/EventNote';
import PreviousIcon from '@mui/icons-material/ChevronLeft';
import NextIcon from '@mui/icons-material/ChevronRight';
import TodayIcon from '@mui/icons-material/Today';
import { Alert, Box, Card, CardContent, CircularProgress, Link as MuiLink, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Title, useDataProvider, useGetOne, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { addDays } from '../../../shared/time/workingDays';
import type { AppDataProvider } from '../dataProvider';
import { problemLines } from '../roomBookings/problems';
import { useDayFormat } from '../roomBookings/format';
import { StatusText } from '../roomBookings/StatusText';

type Week = Awaited<ReturnType<AppDataProvider['roomWeek']>>;
type Entry = Week['entries'][number];
const ICONS = { booking: BookingIcon, offer: OfferIcon, meeting: MeetingIcon };
const LINKS: Record<Entry['kind'], string> = { booking: 'room-bookings', offer: 'offers', meeting: 'meetings' };

function EntryItem({ entry }: { entry: Entry }) {
  const translate = useTranslate();
  const Icon = ICONS[entry.kind];
  return (
    <Box component="li" sx={{ mb: 1, pl: 1, borderLeft: 3, borderColor: entry.kind === 'booking' ? 'primary.main' : 'grey.500' }} data-kind={entry.kind}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>{translate('app.room_booking.time_range', { start: entry.startTime, end: entry.endTime })}</Typography>
      <MuiLink component={Link} to={`/${LINKS[entry.kind]}/${encodeURIComponent(entry.id)}/show`} variant="body2">{entry.title}</MuiLink>
      <Typography variant="body2" component="div" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
        <Icon fontSize="small" aria-hidden />
        {translate(`app.room.kind.${entry.kind}`)}
        {entry.status && <>{' · '}<StatusText status={entry.status} of="occurrenceStatus" /></>}
      </Typography>
    </Box>
  );
}

/** Another room starts again at this week. */
export function RoomWeek() {
  const { id = '' } = useParams();
  return <Week key={id} id={id} />;
}

function Week({ id }: { id: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: room } = useGetOne('rooms', { id });
  const dayHead = useDayFormat({ weekday: 'long', day: '2-digit', month: '2-digit' });
  const day = useDayFormat();
  // undefined: this week (the API knows the Berlin day); then the Monday shown.
  const [from, setFrom] = useState<string>();
  const [week, setWeek] = useState<Week>();
  const [error, setError] = useState<string[]>();
  useEffect(() => {
    let live = true;
    setError(undefined);
    dataProvider.roomWeek(id, from).then(
      (w) => live && setWeek(w),
      (err) => live && setError(problemLines(err, translate)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, from]);
  const title = translate('app.room.week_title', { name: room?.name ?? '' });
  const days = week ? Array.from({ length: 7 }, (_, i) => addDays(week.from, i)) : [];
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={title} />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>{title}</Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        <Button label="app.room.previous_week" onClick={() => week && setFrom(addDays(week.from, -7))} disabled={!week}><PreviousIcon /></Button>
        <Typography component="p" aria-live="polite" data-testid="week-range">{week ? translate('app.room.week_range', { from: day(week.from), to: day(week.to) }) : ''}</Typography>
        <Button label="app.room.next_week" onClick={() => week && setFrom(addDays(week.from, 7))} disabled={!week}><NextIcon /></Button>
        <Button label="app.room.this_week" onClick={() => setFrom(undefined)}><TodayIcon /></Button>
      </Box>
      {error && <Alert severity="error">{error.map((l) => <div key={l}>{l}</div>)}</Alert>}
      {!week && !error && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
      {week && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(7, minmax(0, 1fr))' }, gap: 1 }} data-testid="room-week">
          {days.map((d) => {
            const entries = week.entries.filter((e) => e.date === d);
            return (
              <Card key={d} variant="outlined" component="section" aria-label={dayHead(d)}>
                <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
                  <Typography variant="subtitle2" component="h2" sx={{ mb: 1 }}>{dayHead(d)}</Typography>
                  {entries.length ? (
                    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>{entries.map((e, i) => <EntryItem key={`${e.kind}-${e.id}-${i}`} entry={e} />)}</Box>
                  ) : (
                    <Typography variant="body2" color="text.secondary">{translate('app.room.nothing')}</Typography>
                  )}
                </CardContent>
              </Card>
            );
          })}
        </Box>
      )}
    </Box>
  );
}
