/**
 * The work plan's next step as a button: confirm (for the user's role), the mid-year or year-end
 * review (a note per measure), close. The API decides who may and whether it is the plan's turn.
 */
import { Box, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useGetList, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

export function WorkPlanSteps() {
  const plan = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: measures = [] } = useGetList('measures', { filter: { workPlanId: plan?.id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'title', order: 'ASC' } }, { enabled: !!plan });
  const [notes, setNotes] = useState<Record<string, string>>({});
  if (!plan) return null;
  const run = (step: 'confirm' | 'review' | 'close', extra: Record<string, unknown> = {}) => async () => {
    try {
      await dataProvider.workPlanStep(String(plan.id), step, { version: plan.version, ...extra });
      notify('app.workPlan.done', { type: 'success' });
      refresh();
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };
  const stage = plan.status === 'agreed' ? 'mid-year' : plan.status === 'mid-year-reviewed' ? 'year-end' : undefined;
  return (
    <Box data-testid="work-plan-steps" className="noprint">
      {plan.status === 'draft' && <Button label="app.workPlan.confirm" variant="contained" onClick={run('confirm')} />}
      {stage && (
        <Stack spacing={1} sx={{ maxWidth: 640 }}>
          <Typography variant="subtitle2">{translate(`app.workPlan.review_${stage}`)}</Typography>
          {measures.map((m: any) => (
            <MuiTextField key={m.id} size="small" label={m.title} value={notes[m.id] ?? ''} onChange={(e) => setNotes({ ...notes, [m.id]: e.target.value })} />
          ))}
          <Button label="app.workPlan.review" variant="contained" onClick={run('review', { stage, notes: measures.map((m: any) => ({ measureId: m.id, note: notes[m.id] ?? '' })) })} />
        </Stack>
      )}
      {plan.status === 'year-end-reviewed' && <Button label="app.workPlan.close" variant="contained" onClick={run('close')} />}
    </Box>
  );
}
