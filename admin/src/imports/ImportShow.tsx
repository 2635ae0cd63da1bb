/**
 * One import job: the preview's counts, unknown columns, "Importieren" (refused while rows have
 * errors, unless explicitly without them), then the progress, polled every second while the job
 * runs, and the result; below, the rows with their status, changes, errors and outcomes.
 */
import PlayIcon from '@mui/icons-material/PlayArrow';
import SkipIcon from '@mui/icons-material/SkipNext';
import UploadIcon from '@mui/icons-material/UploadFile';
import { Alert, AlertTitle, Box, Button, Chip, CircularProgress, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Show, useRecordContext, useShowContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { startImport, problemOf, type ImportJob, type Problem } from './api';
import { useImportLabels } from './labels';
import { nowMs } from '../../../shared/time/clock';
import { PreviewRows } from './PreviewRows';

/** Every second while the job runs; not at all before or after. */
const POLL_MS = 1000;
const queryOptions = { refetchInterval: (query: { state: { data?: unknown } }) => ((query.state.data as ImportJob | undefined)?.status === 'running' ? POLL_MS : false) } as const;

const JobTitle = () => {
  const job = useRecordContext<ImportJob>();
  const { translate } = useImportLabels();
  return <>{translate('app.import.show_title', { name: job?.fileName ?? '' })}</>;
};

export const ImportShow = () => (
  <Show queryOptions={queryOptions as any} actions={false} title={<JobTitle />}>
    <JobPage />
  </Show>
);

const statusColor = { previewed: 'info', running: 'warning', done: 'success', failed: 'error' } as const;

function JobPage() {
  const job = useRecordContext<ImportJob>();
  const { refetch } = useShowContext<ImportJob>();
  const l = useImportLabels();
  const { translate } = l;
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  if (!job) return null;
  const errors = job.preview?.error ?? 0;
  const toWrite = (job.preview?.new ?? 0) + (job.preview?.changed ?? 0);

  const start = async (skipErrors: boolean) => {
    setStarting(true);
    setProblem(undefined);
    try {
      await startImport(job, skipErrors);
    } catch (err) {
      const p = problemOf(err);
      setProblem({ ...p, detail: translate(p.detail, { _: p.detail }) });
    } finally {
      await refetch();
      setStarting(false);
    }
  };

  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">{job.fileName}</Typography>
        <Chip size="small" label={l.jobStatus(job.status)} color={statusColor[job.status] ?? 'default'} data-testid="import-status" />
        <Typography variant="body2" color="text.secondary">{l.type(job.type)}</Typography>
      </Stack>
      <Typography variant="body1" data-testid="import-summary">{l.summary(job)}</Typography>
      {!!job.unknownColumns?.length && (
        <Alert severity="warning" data-testid="import-unknown-columns">
          {translate('app.import.unknown_columns', { columns: job.unknownColumns.join(', ') })}
        </Alert>
      )}

      {job.status === 'previewed' && (
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          {errors > 0 && (
            <Alert severity="error" data-testid="import-fix-hint">
              <AlertTitle>{translate('app.import.has_errors', { smart_count: errors })}</AlertTitle>
              {translate('app.import.fix_hint')}
            </Alert>
          )}
          {errors === 0 && toWrite === 0 && <Alert severity="info" data-testid="import-nothing">{translate('app.import.nothing_to_do')}</Alert>}
          <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}>
            <Button variant="contained" startIcon={starting ? <CircularProgress size={16} color="inherit" /> : <PlayIcon />} disabled={errors > 0 || starting} onClick={() => start(false)}>
              {translate('app.import.start')}
            </Button>
            {errors > 0 && (
              <Button variant="outlined" startIcon={<SkipIcon />} disabled={starting} onClick={() => start(true)} aria-describedby="import-skip-help">
                {translate('app.import.skip_errors')}
              </Button>
            )}
            <Button component={Link} to={`/imports/create?type=${encodeURIComponent(job.type)}`} startIcon={<UploadIcon />}>
              {translate('app.import.upload_again')}
            </Button>
          </Stack>
          {errors > 0 && (
            <Typography id="import-skip-help" variant="body2" color="text.secondary">
              {translate('app.import.skip_errors_help', { smart_count: errors })}
            </Typography>
          )}
        </Box>
      )}

      {problem && (
        <Alert severity="error" role="alert" data-testid="import-start-problem">
          {problem.detail}
          {problem.errors.map((e, i) => <div key={i}>{e.detail}</div>)}
        </Alert>
      )}

      {job.status !== 'previewed' && <Progress job={job} />}
      {stalled(job) && <Alert severity="warning" data-testid="import-stalled">{translate('app.import.stalled')}</Alert>}
      {(job.status === 'failed' || stalled(job)) && (
        <Box>
          <Button variant="contained" startIcon={starting ? <CircularProgress size={16} color="inherit" /> : <PlayIcon />} disabled={starting} onClick={() => start(!!job.skipErrors)}>
            {translate('app.import.resume')}
          </Button>
        </Box>
      )}
      {!!job.mapping?.length && <Mapping mapping={job.mapping} />}

      <PreviewRows job={job} />
    </Box>
  );
}

/** A run that stopped without saying so (its invocation died): nobody holds the job any more. */
const stalled = (job: ImportJob) => job.status === 'running' && !!job.leaseUntil && Date.parse(job.leaseUntil) < nowMs();

/** The progress bar (rows processed of all rows) and, once the job is over, what it did. */
function Progress({ job }: { job: ImportJob }) {
  const l = useImportLabels();
  const { translate } = l;
  const total = Math.max(job.totalRows ?? 0, 1);
  const processed = Math.min(job.progress?.processed ?? 0, total);
  const text = l.progressText(job);
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <LinearProgress
        variant="determinate"
        min={0}
        max={total}
        value={job.status === 'done' ? total : processed}
        aria-label={translate('app.import.progress_label')}
        aria-valuetext={text}
        sx={{ height: 10, borderRadius: 1 }}
        data-testid="import-progress"
      />
      <Typography variant="body2" aria-live="polite">{job.status === 'running' ? translate('app.import.running', { progress: text }) : text}</Typography>
      {job.status === 'done' && (
        <Alert severity={(job.progress?.failed ?? 0) > 0 ? 'warning' : 'success'} data-testid="import-result">
          <AlertTitle>{translate('app.import.done')}</AlertTitle>
          {l.result(job)}
        </Alert>
      )}
      {job.status === 'failed' && (
        <Alert severity="error" role="alert" data-testid="import-result">
          <AlertTitle>{translate('app.import.failed')}</AlertTitle>
          {job.failure && <div data-testid="import-failure">{job.failure}</div>}
          <div>{l.result(job)}</div>
          <div>{translate('app.import.resume_help')}</div>
        </Alert>
      )}
    </Box>
  );
}

/** An HSDS file's fields and the fields of ours they fill. */
function Mapping({ mapping }: { mapping: { from: string; to: string }[] }) {
  const { translate } = useImportLabels();
  return (
    <Box>
      <Typography variant="subtitle1" component="h3">{translate('app.import.mapping')}</Typography>
      <Table size="small" aria-label={translate('app.import.mapping')} sx={{ maxWidth: 720 }} data-testid="import-mapping">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.import.mapping_from')}</TableCell>
            <TableCell>{translate('app.import.mapping_to')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {mapping.map((m, i) => (
            <TableRow key={i}>
              <TableCell><code>{m.from}</code></TableCell>
              <TableCell>{m.to}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
