/** Measurements vs target of one indicator in one social space (recharts line chart). */
import { MenuItem, TextField as MuiTextField, Box } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AppDataProvider } from '../dataProvider';

export function IndicatorChart() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: spaces = [] } = useGetList('social-spaces', { sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 50 } });
  const [space, setSpace] = useState('');
  const [series, setSeries] = useState<any>();
  useEffect(() => {
    if (record?.id) dataProvider.series(String(record.id)).then(setSeries);
  }, [record?.id, dataProvider]);
  useEffect(() => {
    if (!space && spaces.length) setSpace(String(spaces[0].id));
  }, [spaces, space]);
  const points = series?.series.find((s: any) => s.socialSpaceId === space)?.points ?? [];
  return (
    <Box data-testid="indicator-chart" sx={{ width: '100%', maxWidth: 900 }}>
      <MuiTextField select size="small" label={translate('app.chart.choose')} value={space} onChange={(e) => setSpace(e.target.value)} sx={{ minWidth: 240, mb: 2 }}>
        {spaces.map((s: any) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
      </MuiTextField>
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={points}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="value" name={translate('app.chart.value')} stroke="#1565c0" strokeWidth={2} connectNulls />
          <Line type="stepAfter" dataKey="target" name={translate('app.chart.target')} stroke="#2e7d32" strokeDasharray="6 3" dot={false} />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
}
