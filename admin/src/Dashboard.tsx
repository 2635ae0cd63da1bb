/**
 * Home page: the 4 goals per social space in scope as traffic lights (actual vs target), the
 * computed figures of the reporting month, open agreements due within 14 days, measurements
 * missing for the last period, stale offers, and residents' ideas waiting for release. The operator,
 * who reads no tenant's records, goes to the tenants instead.
 */
import { Box, Card, CardContent, CardHeader, List, ListItem, ListItemButton, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Link, Navigate } from 'react-router-dom';
import { Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { authorize, spacesInCharge } from '../../shared/policy';
import { STATUS_COLOUR } from '../../shared/format/labels';
import type { Status } from '../../shared/domain/scorecard';
import { isOperator, principal } from './authProvider';
import { StaleChip } from './common/OfferBits';
import { NewIdeasCard } from './ideas/NewIdeasCard';
import { OpenAgreementList } from './meetings/OpenAgreementList';
import { ComputeMissingButton } from './indicators/ComputeButton';
import { Figure } from './indicators/Figure';
import { useScorecard } from './indicators/useScorecard';
import { dueSoonUntil } from '../../shared/domain/schedule';
import { now } from '../../shared/time/clock';
import { dateLabel, monthLabel } from '../../shared/time/months';


function Light({ status }: { status: string }) {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }} data-status={status}>
      <Box component="span" sx={{ width: 14, height: 14, borderRadius: '50%', bgcolor: STATUS_COLOUR[status as Status], display: 'inline-block' }} />
      <Typography variant="body2" component="span">{translate(`app.status.${status}`)}</Typography>
    </Box>
  );
}

export function Dashboard() {
  // Every widget below reads a tenant's records: the operator would get 403 for each.
  return isOperator() ? <Navigate to="/tenants" replace /> : <TenantDashboard />;
}

function TenantDashboard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [card, load] = useScorecard();
  const p = principal();
  // Which spaces to show is the policy's word (shared/policy.ts), as everywhere in the admin.
  const inCharge = p ? spacesInCharge(p) : new Set<string>();
  // Searches residents made this month in the finder that found nothing (filter values only).
  const { data: gaps = [] } = useGetList('search-gaps', { pagination: { page: 1, perPage: 8 }, sort: { field: 'count', order: 'DESC' } });
  const { data: stale = [], total: staleTotal } = useGetList('offers', { filter: { stale: true, status: 'published' }, pagination: { page: 1, perPage: 10 }, sort: { field: 'reviewedAt', order: 'ASC' } });


  const spaces = (card?.socialSpaces ?? []).filter((s: any) => inCharge === 'all' || inCharge.has(s.id));
  const indicatorName = Object.fromEntries((card?.indicators ?? []).map((i: any) => [i.id, i]));
  const missing = (card?.cells ?? []).filter((c: any) => c.status === 'missing' && spaces.some((s: any) => s.id === c.socialSpaceId));
  const computed = (card?.indicators ?? []).filter((i: any) => i.source === 'computed');
  const cellOf = (indicatorId: string, spaceId: string) => card?.cells.find((c: any) => c.indicatorId === indicatorId && c.socialSpaceId === spaceId);
  // In the first days of a month the closing month may not be computed yet: say so, and offer to compute it.
  const notComputed = computed.filter((i: any) => spaces.some((s: any) => typeof cellOf(i.id, s.id)?.value !== 'number'));
  // Overdue and due within 14 days, in the spaces the user is in charge of.
  const dueBefore = dueSoonUntil(now());
  const agreementFilter = inCharge === 'all' ? { dueBefore } : { dueBefore, socialSpaceId: [...inCharge] };
  // Only for those who may read ideas (a partner or a role without them would get a 403).
  const readsIdeas = !!p && authorize(p, 'ideas', 'read', { collection: true }).allowed;

  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 1 }}>
      <Title title="app.dashboard.title" />
      <Card>
        <CardHeader title={translate('app.dashboard.scorecard')} subheader={card ? translate('app.dashboard.month', { month: monthLabel(card.month, locale) }) : ''} />
        <CardContent>
          <Table size="small" data-testid="scorecard">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.social-spaces.name', { smart_count: 1 })}</TableCell>
                {(card?.goalList ?? []).map((g: any) => (
                  <TableCell key={g.id}><Tooltip title={g.title}><span>{translate('app.dashboard.goal', { number: g.number })}</span></Tooltip></TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {spaces.map((s: any) => (
                <TableRow key={s.id} data-testid="scorecard-row">
                  <TableCell><Link to={`/social-spaces/${s.id}/show`}>{s.name}</Link></TableCell>
                  {card.goalList.map((g: any) => {
                    const cell = card.goals.find((x: any) => x.goalId === g.id && x.socialSpaceId === s.id);
                    return <TableCell key={g.id}><Light status={cell?.status ?? 'missing'} /></TableCell>;
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Box sx={{ display: 'grid', gridTemplateColumns: { md: '1fr 1fr' }, gap: 2 }}>
        <Card>
          <CardHeader
            title={translate('app.dashboard.computed')}
            subheader={card ? translate('app.dashboard.month', { month: monthLabel(card.month, locale) }) : ''}
            action={card ? <ComputeMissingButton indicators={notComputed} month={card.month} onDone={load} /> : undefined}
          />
          <CardContent sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="computed-figures">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.indicators.name', { smart_count: 1 })}</TableCell>
                  {spaces.map((s: any) => <TableCell key={s.id} align="right">{s.name}</TableCell>)}
                </TableRow>
              </TableHead>
              <TableBody>
                {computed.map((i: any) => (
                  <TableRow key={i.id} data-indicator={i.id}>
                    <TableCell><Link to={`/indicators/${i.id}/show`}>{i.name}</Link></TableCell>
                    {spaces.map((s: any) => (
                      <TableCell key={s.id} align="right" data-space={s.id}><Figure value={cellOf(i.id, s.id)?.value} source="computed" /></TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography variant="caption">{translate('app.dashboard.computed_note')}</Typography>
          </CardContent>
        </Card>
        <Card>
          <CardHeader title={translate('app.dashboard.agreements')} />
          <CardContent><OpenAgreementList filter={agreementFilter} limit={12} /></CardContent>
        </Card>
        <Card>
          <CardHeader title={translate('app.dashboard.gaps')} subheader={translate('app.dashboard.gaps_note')} />
          <CardContent>
            {gaps.length ? (
              <List dense data-testid="search-gaps">
                {gaps.map((g: any) => (
                  <ListItem key={g.id}>
                    <ListItemText
                      primary={[g.theme, g.targetGroup === '-' ? undefined : translate(`app.enum.targetGroup.${g.targetGroup}`), g.ageBand === '-' ? undefined : translate('app.dashboard.age', { band: g.ageBand })].filter((x) => x && x !== '-').join(' · ') || translate('app.dashboard.free_text')}
                      secondary={`${g.socialSpaceId === '-' ? translate('app.dashboard.all_spaces') : (card?.socialSpaces ?? []).find((s: any) => s.id === g.socialSpaceId)?.name ?? g.socialSpaceId} · ${translate('app.dashboard.times', { count: g.count })}`}
                    />
                  </ListItem>
                ))}
              </List>
            ) : (
              <Typography variant="body2">{translate('app.dashboard.none')}</Typography>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader title={translate('app.dashboard.missing')} subheader={missing.length ? String(missing.length) : ''} />
          <CardContent>
            {missing.length ? (
              <List dense data-testid="missing-list">
                {missing.slice(0, 12).map((c: any) => (
                  <ListItem key={`${c.indicatorId}-${c.socialSpaceId}`}>
                    <ListItemText primary={indicatorName[c.indicatorId]?.name} secondary={`${card.socialSpaces.find((s: any) => s.id === c.socialSpaceId)?.name} · ${c.period}`} />
                  </ListItem>
                ))}
              </List>
            ) : (
              <Typography variant="body2">{translate('app.dashboard.none')}</Typography>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader title={translate('app.dashboard.stale')} subheader={staleTotal ? String(staleTotal) : ''} />
          <CardContent>
            {stale.length ? (
              <List dense data-testid="stale-list">
                {stale.map((o: any) => (
                  <ListItem key={o.id} disablePadding>
                    <ListItemButton component={Link} to={`/offers/${o.id}/show`}>
                      <ListItemText primary={o.title} secondary={o.reviewedAt ? dateLabel(o.reviewedAt) : translate('app.offer.never_reviewed')} />
                      <StaleChip />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            ) : (
              <Typography variant="body2">{translate('app.dashboard.none')}</Typography>
            )}
          </CardContent>
        </Card>
        {readsIdeas && <NewIdeasCard />}
      </Box>
    </Box>
  );
}
