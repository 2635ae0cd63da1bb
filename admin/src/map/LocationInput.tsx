/**
 * Coordinates of a centre or an offer: typed in, or set by clicking the map. The point is located
 * (GET /v1/locate) and its quarter, social space and district shown; empty social-space and quarter
 * fields are filled from it, and a different stated social space gets a warning showing both.
 */
import { Alert, Box, Button, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { NumberInput, useDataProvider, useGetMany, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { AppDataProvider } from '../dataProvider';
import { LazyMap } from './LazyMap';
import { useBoundaries } from './useBoundaries';
import { IllustrativeNote } from './IllustrativeNote';

interface Located {
  quarterId?: string;
  socialSpaceId?: string;
  districtId?: string;
}

export function LocationInput({ source, spaceField, quarterField }: { source: string; spaceField: string; quarterField?: string }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { setValue } = useFormContext();
  const geo = useWatch({ name: source }) as { lat?: number; lng?: number } | undefined;
  const stated = useWatch({ name: spaceField }) as string | string[] | undefined;
  const quarter = useWatch({ name: quarterField ?? '__none' }) as string | undefined;
  const { file, tileUrl } = useBoundaries('quarters');
  const [located, setLocated] = useState<Located>();
  const valid = typeof geo?.lat === 'number' && typeof geo?.lng === 'number';

  useEffect(() => {
    if (!valid) return setLocated(undefined);
    let live = true;
    dataProvider.locate(geo!.lat!, geo!.lng!).then((l) => live && setLocated(l), () => live && setLocated(undefined));
    return () => {
      live = false;
    };
  }, [dataProvider, valid, geo?.lat, geo?.lng]);

  const statedList = Array.isArray(stated) ? stated : stated ? [stated] : [];
  // Fill what is still empty from the location.
  useEffect(() => {
    if (!located?.socialSpaceId) return;
    if (!statedList.length) setValue(spaceField, Array.isArray(stated) ? [located.socialSpaceId] : located.socialSpaceId, { shouldDirty: true });
    if (quarterField && !quarter && located.quarterId) setValue(quarterField, located.quarterId, { shouldDirty: true });
  }, [located]); // eslint-disable-line react-hooks/exhaustive-deps

  const { data: spaces = [] } = useGetMany('social-spaces', { ids: [...new Set([located?.socialSpaceId, ...statedList].filter(Boolean) as string[])] });
  const { data: quarters = [] } = useGetMany('quarters', { ids: located?.quarterId ? [located.quarterId] : [] });
  const { data: districts = [] } = useGetMany('districts', { ids: located?.districtId ? [located.districtId] : [] });
  const nameOf = (list: any[], id?: string) => list.find((x) => x.id === id)?.name ?? id;
  const mismatch = located?.socialSpaceId && statedList.length > 0 && !statedList.includes(located.socialSpaceId);

  const areas = useMemo(
    () => (file?.features ?? []).map((f) => ({ id: f.id, name: f.properties.name, geometry: f.geometry, fill: f.id === located?.quarterId ? '#90caf9' : '#fafafa', label: f.properties.name })),
    [file, located?.quarterId],
  );

  return (
    <Box sx={{ width: '100%', maxWidth: 720, my: 1 }} data-testid="location-input">
      <Typography variant="subtitle2" component="h2">{translate('app.location.title')}</Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>{translate('app.location.help')}</Typography>
      <Box sx={{ display: 'flex', gap: 2 }}>
        <NumberInput source={`${source}.lat`} label="resources.centres.fields.lat" />
        <NumberInput source={`${source}.lng`} label="resources.centres.fields.lng" />
      </Box>
      {file && <IllustrativeNote file={file} />}
      <LazyMap
        areas={areas}
        marker={valid ? { lat: geo!.lat!, lng: geo!.lng! } : undefined}
        tileUrl={tileUrl}
        height={320}
        ariaLabel={translate('app.location.aria')}
        onMapClick={(at) => {
          setValue(`${source}.lat`, at.lat, { shouldDirty: true });
          setValue(`${source}.lng`, at.lng, { shouldDirty: true });
        }}
      />
      {located && (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="located">
          {located.quarterId
            ? translate('app.location.located', { quarter: nameOf(quarters, located.quarterId), space: nameOf(spaces, located.socialSpaceId), district: nameOf(districts, located.districtId) })
            : translate('app.location.outside')}
        </Typography>
      )}
      {mismatch && (
        <Alert
          severity="warning"
          sx={{ mt: 1 }}
          data-testid="location-mismatch"
          action={
            <Button color="inherit" size="small" onClick={() => {
              setValue(spaceField, Array.isArray(stated) ? [located!.socialSpaceId] : located!.socialSpaceId, { shouldDirty: true });
              if (quarterField && located!.quarterId) setValue(quarterField, located!.quarterId, { shouldDirty: true });
            }}>
              {translate('app.location.adopt')}
            </Button>
          }
        >
          {translate('app.location.mismatch', { located: nameOf(spaces, located!.socialSpaceId), stated: statedList.map((s) => nameOf(spaces, s)).join(', ') })}
        </Alert>
      )}
    </Box>
  );
}
