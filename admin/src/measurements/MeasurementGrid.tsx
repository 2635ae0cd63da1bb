/**
 * Fast entry: one indicator × one period, a row per social space in the user's scope.
 * Existing values are prefilled; saving creates or updates (with version) only changed rows.
 */
import { previousMonth } from '../../../shared/time/months';
import { authorize } from '../../../shared/policy';
import { Box, Card, CardContent, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Button, Title, useCanAccess, useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import { periodFor } from '../../../shared/domain/scorecard';
import { principal } from '../authProvider';
import { now } from '../../../shared/time/clock';

export function MeasurementGrid() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  // Only indicators entered by hand: computed ones get their values from the metric job.
  const { data: indicators = [] } = useGetList('indicators', { filter: { source: 'manual' }, pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } });
  const { data: spaces = [] } = useGetList('social-spaces', { pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } });
  const [indicatorId, setIndicatorId] = useState('');
  const indicator = indicators.find((i: any) => i.id === indicatorId);
  // The previous Berlin calendar month (setMonth(-1) skips February on the 29th–31st).
  const lastMonth = useMemo(() => previousMonth(now()), []);
  const [period, setPeriod] = useState('');
  const [existing, setExisting] = useState<Record<string, any>>({});
  const [values, setValues] = useState<Record<string, string>>({});
  const p = principal();
  // The rows the signed-in clerk may write, by the shared policy (as the API decides).
  const inScope = spaces.filter((s: any) => !!p && authorize(p, 'measurements', 'create', { after: { socialSpaceId: String(s.id) } }).allowed);
  const { canAccess } = useCanAccess({ resource: 'measurements', action: 'create' });

  useEffect(() => { if (indicator) setPeriod(periodFor(lastMonth, indicator.frequency)); }, [indicator, lastMonth]);
  useEffect(() => {
    if (!indicatorId || !period) return;
    dataProvider.getList('measurements', { filter: { indicatorId, period }, pagination: { page: 1, perPage: 100 }, sort: { field: 'socialSpaceId', order: 'ASC' } }).then(({ data }) => {
      const bySpace = Object.fromEntries(data.map((m: any) => [m.socialSpaceId, m]));
      setExisting(bySpace);
      setValues(Object.fromEntries(Object.entries(bySpace).map(([k, m]: any) => [k, String(m.value)])));
    });
  }, [indicatorId, period, dataProvider]);

  const save = async () => {
    let count = 0;
    for (const s of inScope) {
      const raw = values[s.id];
      const old = existing[s.id];
      if (raw === undefined || raw === '' || (old && String(old.value) === raw)) continue;
      const value = Number(raw.replace(',', '.'));
      try {
        if (old) await dataProvider.update('measurements', { id: old.id, data: { ...old, value }, previousData: old });
        else await dataProvider.create('measurements', { data: { indicatorId, socialSpaceId: s.id, period, value } });
        count++;
      } catch (err: any) {
        notify(`${s.name}: ${err?.body?.errors ? Object.values(err.body.errors).join(', ') : translate(err?.message ?? 'ra.notification.http_error')}`, { type: 'error' });
        return;
      }
    }
    notify(count ? translate('app.grid.saved', { count }) : 'app.grid.nothing', { type: count ? 'success' : 'info' });
  };

  return (
    <Card>
      <Title title="app.grid.title" />
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, mb: 2 }}>
          <TextField select size="small" label={translate('app.grid.indicator')} value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)} sx={{ minWidth: 360 }} slotProps={{ htmlInput: { 'data-testid': 'grid-indicator' } }}>
            {indicators.map((i: any) => <MenuItem key={i.id} value={i.id}>{i.name}</MenuItem>)}
          </TextField>
          <TextField size="small" label={translate('app.grid.period')} value={period} onChange={(e) => setPeriod(e.target.value)} />
        </Box>
        {indicator && (
          <Table size="small">
            <TableHead><TableRow><TableCell>{translate('resources.measurements.fields.socialSpaceId')}</TableCell><TableCell>{`${translate('resources.measurements.fields.value')} (${indicator.unit})`}</TableCell></TableRow></TableHead>
            <TableBody>
              {inScope.map((s: any) => (
                <TableRow key={s.id}>
                  <TableCell>{s.name}</TableCell>
                  <TableCell><TextField size="small" value={values[s.id] ?? ''} onChange={(e) => setValues({ ...values, [s.id]: e.target.value })} slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': s.name } }} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {canAccess && indicator && <Box sx={{ mt: 2 }}><Button variant="contained" label="app.action.save_all" onClick={save} /></Box>}
      </CardContent>
    </Card>
  );
}
