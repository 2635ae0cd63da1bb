/**
 * "Karte": the social spaces coloured by one goal's status in the reporting month (a choropleth,
 * each space linked to its page), with community centres and offers coloured by theme.
 */
import { Alert, Box, Card, CardContent, FormControl, InputLabel, MenuItem, Select, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { Title, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { STATUS_COLOUR } from '../../../shared/format/labels';
import type { Status } from '../../../shared/domain/scorecard';
import { useVocabulary } from '../tenant/useVocabulary';
import type { AppDataProvider } from '../dataProvider';
import { LazyMap } from './LazyMap';
import { useBoundaries } from './useBoundaries';
import { IllustrativeNote } from './IllustrativeNote';

/** One colour per theme, in the order of the tenant's themes (colour-blind-safe Okabe–Ito palette plus grey). */
export const THEME_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];
export const themeColour = (themes: readonly string[], theme?: string) => THEME_COLOURS[Math.max(0, themes.indexOf(theme ?? '')) % THEME_COLOURS.length];

export function MapPage() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { themes } = useVocabulary();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { file, tileUrl, missing } = useBoundaries('social-spaces');
  const [card, setCard] = useState<any>();
  const [goal, setGoal] = useState<string>('');
  useEffect(() => {
    dataProvider.scorecard().then((c) => {
      setCard(c);
      setGoal((g) => g || c.goalList?.[0]?.id || '');
    });
  }, [dataProvider]);
  const { data: centres = [] } = useGetList('centres', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
  const { data: offers = [] } = useGetList('offers', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'title', order: 'ASC' }, filter: { status: 'published' } });

  const areas = useMemo(
    () =>
      (file?.features ?? []).map((f) => {
        const status: Status = card?.goals.find((x: any) => x.goalId === goal && x.socialSpaceId === f.id)?.status ?? 'missing';
        return { id: f.id, name: f.properties.name, geometry: f.geometry, fill: STATUS_COLOUR[status], label: `${f.properties.name}: ${translate(`app.status.${status}`)}` };
      }),
    [file, card, goal, translate],
  );
  const centreById = useMemo(() => new Map(centres.map((c) => [c.id, c])), [centres]);
  const points = useMemo(
    () => [
      ...centres.filter((c) => c.geo).map((c) => ({ id: `c-${c.id}`, lat: c.geo.lat, lng: c.geo.lng, colour: '#ffffff', label: `${translate('resources.centres.name', { smart_count: 1 })}: ${c.name}` })),
      ...offers.flatMap((o) => {
        const geo = o.location?.geo ?? centreById.get(o.centreId)?.geo;
        return geo ? [{ id: `o-${o.id}`, lat: geo.lat, lng: geo.lng, colour: themeColour(themes, o.themes?.[0]), label: `${o.title} (${o.themes?.[0] ?? ''})` }] : [];
      }),
    ],
    [centres, offers, centreById, translate, themes],
  );

  return (
    <Card sx={{ mt: 1 }}>
      <Title title={translate('app.map.title')} />
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
          <FormControl size="small" sx={{ minWidth: 260 }}>
            <InputLabel id="map-goal">{translate('app.map.goal')}</InputLabel>
            <Select labelId="map-goal" label={translate('app.map.goal')} value={goal} onChange={(e) => setGoal(e.target.value)}>
              {(card?.goalList ?? []).map((g: any) => (
                <MenuItem key={g.id} value={g.id}>{translate('app.dashboard.goal', { number: g.number })}</MenuItem>
              ))}
            </Select>
          </FormControl>
          <Typography variant="body2">{card ? translate('app.dashboard.month', { month: card.month }) : ''}</Typography>
        </Stack>
        {missing && <Alert severity="info">{translate('app.map.no_boundaries')}</Alert>}
        {file && <IllustrativeNote file={file} />}
        <LazyMap areas={areas} points={points} tileUrl={tileUrl} onAreaClick={(id) => navigate(`/social-spaces/${id}/show`)} ariaLabel={translate('app.map.aria')} height={560} />
        <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, mt: 2 }} aria-label={translate('app.map.legend')}>
          {(['on-track', 'at-risk', 'off-track', 'missing'] as Status[]).map((s) => (
            <li key={s}><Box component="span" sx={{ display: 'inline-block', width: 14, height: 14, bgcolor: STATUS_COLOUR[s], mr: 0.75, verticalAlign: 'middle' }} />{translate(`app.status.${s}`)}</li>
          ))}
          <li><Box component="span" sx={{ display: 'inline-block', width: 12, height: 12, borderRadius: '50%', border: '1px solid #212121', bgcolor: '#ffffff', mr: 0.75, verticalAlign: 'middle' }} />{translate('resources.centres.name', { smart_count: 1 })}</li>
          {themes.map((t) => (
            <li key={t}><Box component="span" sx={{ display: 'inline-block', width: 12, height: 12, borderRadius: '50%', border: '1px solid #212121', bgcolor: themeColour(themes, t), mr: 0.75, verticalAlign: 'middle' }} />{t}</li>
          ))}
        </Box>
        <Typography variant="body2">{translate('app.map.list_note')}</Typography>
      </CardContent>
    </Card>
  );
}
