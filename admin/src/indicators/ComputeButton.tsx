/**
 * "Jetzt berechnen": runs the metric job for computed indicators and one period each.
 * ComputeButton sits on an indicator's page (any period); ComputeMissingButton stands where a
 * figure is not computed yet (dashboard, social space page) and computes the shown month.
 * Both appear only to those the policy allows (`indicator-computations`).
 */
import { Box, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { previousMonth } from '../../../shared/time/months';
import { periodFor } from '../../../shared/domain/scorecard';
import { now } from '../../../shared/time/clock';
import type { AppDataProvider } from '../dataProvider';

interface Computable {
  id: string;
  frequency: string;
}

/** Computes each indicator for the period `month` falls in; says how many values changed. */
function useCompute(onDone: () => void) {
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'indicator-computations', action: 'create' });
  const [busy, setBusy] = useState(false);
  const run = async (jobs: { indicatorId: string; period: string }[]) => {
    setBusy(true);
    try {
      let changed = 0;
      for (const job of jobs) {
        const { results } = await dataProvider.computeIndicator(job.indicatorId, job.period);
        changed += results.filter((r) => r.outcome !== 'unchanged' && r.outcome !== 'none').length;
      }
      notify('app.indicator.computed', { type: 'success', messageArgs: { smart_count: changed } });
      onDone();
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { canAccess: Boolean(canAccess), busy, run };
}

export function ComputeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const { canAccess, busy, run } = useCompute(refresh);
  const initial = useMemo(() => (record ? periodFor(previousMonth(now()), record.frequency) : ''), [record]);
  const [period, setPeriod] = useState<string>();
  if (!record || record.source !== 'computed' || !canAccess) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <TextField size="small" label={translate('app.grid.period')} value={period ?? initial} onChange={(e) => setPeriod(e.target.value)} />
      <Button label="app.indicator.compute" onClick={() => run([{ indicatorId: String(record.id), period: period ?? initial }])} disabled={busy} variant="contained" />
    </Box>
  );
}

/** Computes the given indicators for the period of `month` that each one's frequency gives. */
export function ComputeMissingButton({ indicators, month, onDone }: { indicators: Computable[]; month: string; onDone: () => void }) {
  const { canAccess, busy, run } = useCompute(onDone);
  if (!canAccess || !indicators.length) return null;
  return (
    <Button
      label="app.indicator.compute"
      data-testid="compute-missing"
      onClick={() => run(indicators.map((i) => ({ indicatorId: i.id, period: periodFor(month, i.frequency as never) })))}
      disabled={busy}
      variant="outlined"
      size="small"
    />
  );
}
