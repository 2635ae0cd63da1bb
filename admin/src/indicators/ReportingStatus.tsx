/** Who has reported a partner indicator for a period, per social space, and the sums (GET /v1/indicators/{id}/reporting). */
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { ReferenceField, RecordContextProvider, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { dateLabel, previousMonth } from '../../../shared/time/months';
import { periodFor } from '../../../shared/domain/scorecard';
import type { AppDataProvider } from '../dataProvider';
import { now } from '../../../shared/time/clock';

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;

export function ReportingStatus() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const initial = useMemo(() => (record ? periodFor(previousMonth(now()), record.frequency) : ''), [record]);
  const [period, setPeriod] = useState<string>();
  const chosen = period ?? initial;
  const [data, setData] = useState<Awaited<ReturnType<AppDataProvider['reporting']>>>();
  useEffect(() => {
    if (!record || record.source !== 'partner' || !PERIOD.test(chosen)) return;
    let live = true;
    dataProvider.reporting(String(record.id), chosen).then((d) => live && setData(d), () => live && setData(undefined));
    return () => {
      live = false;
    };
  }, [dataProvider, record, chosen]);
  if (!record || record.source !== 'partner') return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2">{translate('app.reporting.title')}</Typography>
      <TextField size="small" sx={{ my: 1 }} label={translate('app.grid.period')} value={chosen} onChange={(e) => setPeriod(e.target.value)} />
      {data && !data.rows.length && <Typography>{translate('app.reporting.none')}</Typography>}
      {data && data.rows.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.contributions.fields.organisationId')}</TableCell>
              <TableCell>{translate('resources.contributions.fields.socialSpaceId')}</TableCell>
              <TableCell>{translate('resources.contributions.fields.value')}</TableCell>
              <TableCell>{translate('resources.contributions.fields.updatedAt')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.rows.map((r) => (
              <RecordContextProvider value={r} key={`${r.organisationId}|${r.socialSpaceId}`}>
                <TableRow>
                  <TableCell><ReferenceField source="organisationId" reference="organisations" link={false} /></TableCell>
                  <TableCell><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></TableCell>
                  <TableCell>{r.reported ? r.value : <Chip size="small" color="warning" label={translate('app.reporting.missing')} />}</TableCell>
                  <TableCell>{r.updatedAt ? dateLabel(r.updatedAt) : translate('app.reporting.not_yet')}</TableCell>
                </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
