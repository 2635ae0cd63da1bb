/** Published offers of the space counted by theme and by target group, and the staff assigned to it. */
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

const countBy = (items: any[], field: string) => {
  const counts = new Map<string, number>();
  for (const o of items) for (const v of o[field] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
};

export function SpaceOffers() {
  const space = useRecordContext();
  const translate = useTranslate();
  const { data: offers = [], total } = useGetList('offers', { filter: { socialSpaceId: space?.id, status: 'published' }, pagination: { page: 1, perPage: 500 }, sort: { field: 'title', order: 'ASC' } }, { enabled: !!space });
  if (!space) return null;
  return (
    <Box data-testid="space-offers">
      <Typography variant="subtitle2" component="h3">{translate('app.space.offers', { count: total ?? 0 })}</Typography>
      <Stack direction="row" useFlexGap sx={{ my: 0.5, flexWrap: "wrap", gap: 0.5 }}>{countBy(offers, 'themes').map(([t, n]) => <Chip key={t} size="small" label={`${t}: ${n}`} />)}</Stack>
      <Stack direction="row" useFlexGap sx={{ flexWrap: "wrap", gap: 0.5 }}>{countBy(offers, 'targetGroups').map(([g, n]) => <Chip key={g} size="small" variant="outlined" label={`${translate(`app.enum.targetGroup.${g}`)}: ${n}`} />)}</Stack>
    </Box>
  );
}

export function SpaceStaff() {
  const space = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [staff, setStaff] = useState<{ id: string; name: string; role: string }[]>([]);
  useEffect(() => {
    if (space?.id) dataProvider.staff(String(space.id)).then(setStaff, () => setStaff([]));
  }, [space?.id, dataProvider]);
  if (!space) return null;
  return (
    <Box data-testid="space-staff">
      <Typography variant="subtitle2" component="h3">{translate('app.space.staff')}</Typography>
      <Typography variant="body2">{staff.map((s) => `${s.name} (${s.role})`).join(' · ') || '–'}</Typography>
    </Box>
  );
}
