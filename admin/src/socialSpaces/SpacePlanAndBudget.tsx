/** This year's work plan with its measures, and the budget: planned, spent, remaining per line. */
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { formatEuro } from '../../../shared/format/money';
import { yearOf } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';

export function SpacePlan() {
  const space = useRecordContext();
  const translate = useTranslate();
  const year = yearOf(now());
  const { data: plans = [] } = useGetList('work-plans', { filter: { socialSpaceId: space?.id, year }, pagination: { page: 1, perPage: 1 }, sort: { field: 'year', order: 'DESC' } }, { enabled: !!space });
  const plan = plans[0];
  const { data: measures = [] } = useGetList('measures', { filter: { workPlanId: plan?.id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'plannedFrom', order: 'ASC' } }, { enabled: !!plan });
  if (!space) return null;
  return (
    <Box data-testid="space-plan">
      <Typography variant="subtitle2" component="h3">{translate('app.space.plan', { year })}</Typography>
      {plan ? (
        <>
          <Typography variant="body2">
            <Link to={`/work-plans/${plan.id}/show`}>{translate(`app.enum.workPlanStatus.${plan.status}`)}</Link>
            {plan.priorities?.length ? ` · ${plan.priorities.join(' · ')}` : ''}
          </Typography>
          <Table size="small">
            <TableBody>
              {measures.map((m: any) => (
                <TableRow key={m.id}>
                  <TableCell>{m.title}</TableCell>
                  <TableCell>{m.plannedFrom}–{m.plannedTo}</TableCell>
                  <TableCell><Chip size="small" label={translate(`app.enum.measureStatus.${m.status}`)} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : (
        <Typography variant="body2">{translate('app.space.no_plan')}</Typography>
      )}
    </Box>
  );
}

export function SpaceBudget() {
  const space = useRecordContext();
  const translate = useTranslate();
  const year = yearOf(now());
  const { data: lines = [] } = useGetList('budget-lines', { filter: { socialSpaceId: space?.id, year }, pagination: { page: 1, perPage: 100 }, sort: { field: 'label', order: 'ASC' } }, { enabled: !!space });
  if (!space) return null;
  const total = (f: 'plannedCents' | 'spentCents') => lines.reduce((n: number, l: any) => n + (l[f] ?? 0), 0);
  return (
    <Box data-testid="space-budget">
      <Typography variant="subtitle2" component="h3">{translate('app.space.budget', { year })}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.budget-lines.fields.label')}</TableCell>
            <TableCell align="right">{translate('resources.budget-lines.fields.planned')}</TableCell>
            <TableCell align="right">{translate('resources.budget-lines.fields.spent')}</TableCell>
            <TableCell align="right">{translate('resources.budget-lines.fields.remaining')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l: any) => (
            <TableRow key={l.id}>
              <TableCell><Link to={`/budget-lines/${l.id}/show`}>{l.label}</Link></TableCell>
              <TableCell align="right">{formatEuro(l.plannedCents)}</TableCell>
              <TableCell align="right">{formatEuro(l.spentCents)}</TableCell>
              <TableCell align="right">{formatEuro(l.plannedCents - (l.spentCents ?? 0))}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell><strong>{translate('app.space.total')}</strong></TableCell>
            <TableCell align="right"><strong>{formatEuro(total('plannedCents'))}</strong></TableCell>
            <TableCell align="right"><strong>{formatEuro(total('spentCents'))}</strong></TableCell>
            <TableCell align="right"><strong>{formatEuro(total('plannedCents') - total('spentCents'))}</strong></TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  );
}
