/** "Jetzt berechnen": runs the metric job for a computed indicator and one period. */
import { Box, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { previousMonth } from '../../../shared/months';
import { periodFor } from '../../../shared/scorecard';
import type { AppDataProvider } from '../dataProvider';

export function ComputeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'indicator-computations', action: 'create' });
  const initial = useMemo(() => (record ? periodFor(previousMonth(new Date()), record.frequency) : ''), [record]);
  const [period, setPeriod] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!record || record.source !== 'computed' || !canAccess) return null;
  const run = async () => {
    setBusy(true);
    try {
      const { results } = await dataProvider.computeIndicator(String(record.id), period ?? initial);
      const changed = results.filter((r: any) => r.outcome !== 'unchanged' && r.outcome !== 'none').length;
      notify('app.indicator.computed', { type: 'success', messageArgs: { count: changed } });
      refresh();
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <TextField size="small" label={translate('app.grid.period')} value={period ?? initial} onChange={(e) => setPeriod(e.target.value)} />
      <Button label="app.indicator.compute" onClick={run} disabled={busy} variant="contained" />
    </Box>
  );
}
