/**
 * Staff's answers to a room request: approve the series or chosen occurrences (after seeing what would
 * collide, skippable), refuse with a reason, propose another time. Shown to those who may decide in the
 * request's social space (the policy the API applies), never for a request whose sender has not
 * confirmed the e-mail address yet. The API's German problems (409 "schon belegt", 422 rules) stay in the dialog.
 */
import ApproveIcon from '@mui/icons-material/Check';
import RefuseIcon from '@mui/icons-material/Close';
import ProposeIcon from '@mui/icons-material/EditCalendar';
import ConflictIcon from '@mui/icons-material/ReportProblemOutlined';
import { Alert, Box, Checkbox, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, TextField, Typography } from '@mui/material';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Occurrence } from '../../../shared/schemas/roomBooking';
import { slotOf } from '../../../shared/domain/roomBookings';
import type { AppDataProvider } from '../dataProvider';
import { useDayFormat } from './format';
import { problemLines } from './problems';
import { StatusText } from './StatusText';

const isOpen = (o: Occurrence) => o.status === 'pending' || o.status === 'proposed';
const isLive = (o: Occurrence) => o.status !== 'refused' && o.status !== 'cancelled';

function DecisionDialog(props: { open: boolean; title: string; submit: string; busy: boolean; error?: string[]; canSubmit: boolean; onClose: () => void; onSubmit: () => void; children: ReactNode }) {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={props.open} onClose={() => !props.busy && props.onClose()} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(props.title)}</DialogTitle>
      <DialogContent>
        {props.children}
        {props.error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="decision-error">
            {props.error.map((line) => <div key={line}>{line}</div>)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={props.onClose} disabled={props.busy} />
        <Button label={props.submit} variant="contained" onClick={props.onSubmit} disabled={props.busy || !props.canSubmit} />
      </DialogActions>
    </Dialog>
  );
}

/** Runs a decision: on success a notice and the page read again; on failure the problem in the dialog. */
function useDecision(close: () => void) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string[]>();
  const run = async (call: () => Promise<{ message: string; args?: Record<string, unknown> }>) => {
    setBusy(true);
    setError(undefined);
    try {
      const done = await call();
      notify(done.message, { type: 'success', messageArgs: done.args });
      close();
      refresh();
    } catch (err) {
      setError(problemLines(err, translate));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, reset: () => setError(undefined) };
}

/** Occurrences to tick: each with its day, time, status and (for approval) what it would collide with. */
function OccurrenceChoice({ occurrences, chosen, setChosen, selectable }: { occurrences: (Occurrence & { conflict?: string })[]; chosen: string[]; setChosen: (ids: string[]) => void; selectable: (o: Occurrence) => boolean }) {
  const translate = useTranslate();
  const day = useDayFormat();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2">{translate('app.room_booking.choose')}</Typography>
      {occurrences.map((o) => {
        const s = slotOf(o);
        const label = (
          <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
            <span>{`${day(s.date)}, ${translate('app.room_booking.time_range', { start: s.startTime, end: s.endTime })}`}</span>
            <StatusText status={o.status} of="occurrenceStatus" />
            {o.conflict && (
              <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center', fontWeight: 600 }} data-testid="conflict">
                <ConflictIcon fontSize="small" aria-hidden />
                {`${translate('app.room_booking.conflict')}: ${o.conflict}`}
              </Box>
            )}
          </Box>
        );
        return (
          <Box key={o.id}>
            <FormControlLabel
              control={<Checkbox checked={chosen.includes(o.id)} disabled={!selectable(o)} onChange={(e) => setChosen(e.target.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id))} />}
              label={label}
            />
          </Box>
        );
      })}
    </Box>
  );
}

function ApproveButton({ record }: { record: any }) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<{ version: number; occurrences: (Occurrence & { conflict?: string })[] }>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [skip, setSkip] = useState(false);
  const [loadError, setLoadError] = useState<string[]>();
  const close = () => setOpen(false);
  const { busy, error, run, reset } = useDecision(close);
  useEffect(() => {
    if (!open) return;
    setPreview(undefined);
    setLoadError(undefined);
    reset();
    dataProvider.roomBookingApproval(String(record.id)).then(
      (p) => {
        setPreview(p);
        // Ticked at first: every open occurrence that collides with nothing.
        // A proposed time waits for the requester's answer: it is ticked only by choice (agreed by phone, say).
        setChosen(p.occurrences.filter((o) => o.status === 'pending' && !o.conflict).map((o) => o.id));
      },
      (err) => setLoadError(problemLines(err, translate)),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, record.id, record.version]);
  const submit = () =>
    run(async () => {
      const result = await dataProvider.approveRoomBooking(String(record.id), { version: preview!.version, occurrenceIds: chosen, skipConflicts: skip });
      return result.skipped.length ? { message: 'app.room_booking.approved_skipped', args: { smart_count: result.skipped.length } } : { message: 'app.room_booking.approved' };
    });
  return (
    <>
      <Button label="app.room_booking.approve" onClick={() => setOpen(true)}><ApproveIcon /></Button>
      <DecisionDialog open={open} title="app.room_booking.approve_title" submit="app.room_booking.approve" busy={busy} error={error ?? loadError} canSubmit={!!preview && chosen.length > 0} onClose={close} onSubmit={submit}>
        {preview ? (
          <>
            <OccurrenceChoice occurrences={preview.occurrences} chosen={chosen} setChosen={setChosen} selectable={isOpen} />
            <FormControlLabel sx={{ mt: 1 }} control={<Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)} />} label={translate('app.room_booking.skip_conflicts')} />
            <Typography variant="body2">{translate('app.room_booking.skip_conflicts_help')}</Typography>
          </>
        ) : (
          !loadError && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
        )}
      </DecisionDialog>
    </>
  );
}

function RefuseButton({ record }: { record: any }) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const live: Occurrence[] = (record.occurrences ?? []).filter(isLive);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const close = () => setOpen(false);
  const { busy, error, run, reset } = useDecision(close);
  const start = () => {
    setReason('');
    setChosen(live.map((o) => o.id));
    reset();
    setOpen(true);
  };
  const submit = () =>
    run(async () => {
      // All ticked: the request as a whole (the API's default), so an occurrence added meanwhile is not missed.
      const occurrenceIds = chosen.length === live.length ? undefined : chosen;
      await dataProvider.refuseRoomBooking(String(record.id), { version: record.version, reason: reason.trim(), occurrenceIds });
      return { message: 'app.room_booking.refused' };
    });
  return (
    <>
      <Button label="app.room_booking.refuse" onClick={start}><RefuseIcon /></Button>
      <DecisionDialog open={open} title="app.room_booking.refuse_title" submit="app.room_booking.refuse" busy={busy} error={error} canSubmit={!!reason.trim() && chosen.length > 0} onClose={close} onSubmit={submit}>
        <TextField label={translate('app.room_booking.reason')} helperText={translate('app.room_booking.reason_help')} value={reason} onChange={(e) => setReason(e.target.value)} required multiline minRows={2} fullWidth margin="dense" slotProps={{ htmlInput: { maxLength: 1000 } }} />
        <OccurrenceChoice occurrences={record.occurrences ?? []} chosen={chosen} setChosen={setChosen} selectable={isLive} />
      </DecisionDialog>
    </>
  );
}

function ProposeButton({ record }: { record: any }) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const day = useDayFormat();
  const open_: Occurrence[] = (record.occurrences ?? []).filter(isOpen);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ occurrenceId: '', date: '', startTime: '', endTime: '', note: '' });
  const close = () => setOpen(false);
  const { busy, error, run, reset } = useDecision(close);
  const start = () => {
    const first = open_[0];
    setForm({ occurrenceId: first?.id ?? '', date: first?.date ?? '', startTime: first?.startTime ?? '', endTime: first?.endTime ?? '', note: '' });
    reset();
    setOpen(true);
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const submit = () =>
    run(async () => {
      await dataProvider.proposeRoomBookingTime(String(record.id), { version: record.version, ...form, note: form.note.trim() || undefined });
      return { message: 'app.room_booking.proposed' };
    });
  const complete = form.occurrenceId && form.date && form.startTime && form.endTime;
  return (
    <>
      <Button label="app.room_booking.propose" onClick={start}><ProposeIcon /></Button>
      <DecisionDialog open={open} title="app.room_booking.propose_title" submit="app.room_booking.propose_submit" busy={busy} error={error} canSubmit={!!complete} onClose={close} onSubmit={submit}>
        <TextField select label={translate('app.room_booking.occurrence')} value={form.occurrenceId} onChange={set('occurrenceId')} fullWidth margin="dense" required>
          {open_.map((o) => <MenuItem key={o.id} value={o.id}>{`${day(o.date)}, ${translate('app.room_booking.time_range', { start: o.startTime, end: o.endTime })}`}</MenuItem>)}
        </TextField>
        <TextField type="date" label={translate('app.room_booking.new_date')} value={form.date} onChange={set('date')} fullWidth margin="dense" required slotProps={{ inputLabel: { shrink: true } }} />
        <Box sx={{ display: 'flex', gap: 2 }}>
          <TextField type="time" label={translate('resources.room-bookings.fields.startTime')} value={form.startTime} onChange={set('startTime')} margin="dense" required slotProps={{ inputLabel: { shrink: true } }} />
          <TextField type="time" label={translate('resources.room-bookings.fields.endTime')} value={form.endTime} onChange={set('endTime')} margin="dense" required slotProps={{ inputLabel: { shrink: true } }} />
        </Box>
        <TextField label={translate('app.room_booking.note')} helperText={translate('app.room_booking.note_help')} value={form.note} onChange={set('note')} multiline fullWidth margin="dense" slotProps={{ htmlInput: { maxLength: 500 } }} />
      </DecisionDialog>
    </>
  );
}

/** The three answers, for those who may give them, on a request that can be answered. */
export function DecisionButtons() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'room-booking-decisions', action: 'create', record });
  if (!record || !canAccess || record.status === 'unconfirmed') return null;
  const occurrences: Occurrence[] = record.occurrences ?? [];
  return (
    <>
      {occurrences.some(isOpen) && <ApproveButton record={record} />}
      {occurrences.some(isLive) && <RefuseButton record={record} />}
      {occurrences.some(isOpen) && <ProposeButton record={record} />}
    </>
  );
}
