/** The social space's row of the scorecard: each indicator's value, target, status and trend. */
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ComputeMissingButton } from '../indicators/ComputeButton';
import { Figure } from '../indicators/Figure';
import { useScorecard } from '../indicators/useScorecard';
import { monthLabel } from '../../../shared/time/months';

const TREND: Record<string, string> = { better: '↗', worse: '↘', flat: '→', unknown: '–' };

export function SpaceScorecard() {
  const space = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [card, load] = useScorecard();
  if (!space || !card) return null;
  const indicator = new Map(card.indicators.map((i: any) => [i.id, i]));
  const cells = card.cells.filter((c: any) => c.socialSpaceId === space.id);
  const notComputed = cells.filter((c: any) => typeof c.value !== 'number' && (indicator.get(c.indicatorId) as any)?.source === 'computed').map((c: any) => indicator.get(c.indicatorId));
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="subtitle2" component="h3">{translate('app.space.scorecard', { month: monthLabel(card.month, locale) })}</Typography>
        <ComputeMissingButton indicators={notComputed as any[]} month={card.month} onDone={load} />
      </Box>
      <Table size="small" data-testid="space-scorecard">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.indicators.name', { smart_count: 1 })}</TableCell>
            <TableCell align="right">{translate('resources.measurements.fields.value')}</TableCell>
            <TableCell align="right">{translate('resources.targets.fields.target')}</TableCell>
            <TableCell>{translate('resources.reports.fields.status')}</TableCell>
            <TableCell>{translate('app.space.trend')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {cells.map((c: any) => {
            const i: any = indicator.get(c.indicatorId);
            return (
              <TableRow key={c.indicatorId}>
                <TableCell>{i?.name} <Typography variant="caption" component="span">({c.period}{c.source ? `, ${translate(`app.enum.source.${c.source}`)}` : ''})</Typography></TableCell>
                <TableCell align="right"><Figure value={c.value} unit={i?.unit} source={i?.source ?? 'manual'} /></TableCell>
                <TableCell align="right">{c.target === null ? translate('app.space.no_target') : c.target.toLocaleString('de-DE')}</TableCell>
                <TableCell>{translate(`app.status.${c.status}`)}</TableCell>
                <TableCell aria-label={translate(`app.space.trend_${c.trendPrevious}`)}>{TREND[c.trendPrevious]}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
