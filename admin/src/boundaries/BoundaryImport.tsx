/**
 * "Grenzen importieren": a GeoJSON file of districts, social spaces or quarters (WGS84 or
 * EPSG:25832) as a new version valid from a day. Every refused feature is listed with its reason.
 * Below it, the address directory's import (AddressImport.tsx): both are the city's geodata.
 */
import { Box, Button, Card, CardContent, FormControl, InputLabel, MenuItem, Select, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import { BoundaryLevel, Crs } from '../../../shared/schemas/boundary';
import type { AppDataProvider } from '../dataProvider';
import { AddressImport } from './AddressImport';
import { FileField, RefusedList } from './ImportParts';
import { berlinToday } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';

export function BoundaryImport() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [level, setLevel] = useState<string>('social-spaces');
  const [validFrom, setValidFrom] = useState(() => berlinToday(now()));
  const [source, setSource] = useState('');
  const [licence, setLicence] = useState('Datenlizenz Deutschland – Namensnennung 2.0');
  const [crs, setCrs] = useState<string>('auto');
  const [file, setFile] = useState<File>();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrors([]);
    if (!file) return setErrors([translate('app.boundaries.no_file')]);
    let featureCollection: unknown;
    try {
      featureCollection = JSON.parse(await file.text());
    } catch {
      return setErrors([translate('app.boundaries.not_json')]);
    }
    setBusy(true);
    try {
      const { version, missingAreas } = await dataProvider.importBoundaries(level, { validFrom, source, licence: licence || undefined, ...(crs === 'auto' ? {} : { crs }), featureCollection });
      notify('app.boundaries.imported', { type: 'success', messageArgs: { count: version.features, missing: missingAreas.length } });
      redirect('/boundary-versions');
    } catch (err: any) {
      const problem = err?.body?.problem;
      setErrors(problem?.errors?.map((x: { pointer: string; detail: string }) => `${x.detail}${x.pointer.startsWith('/body/featureCollection') ? '' : ` (${x.pointer.replace('/body/', '')})`}`) ?? [err?.message ?? 'ra.notification.http_error']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Card sx={{ mt: 1 }}>
        <Title title={translate('app.boundaries.import')} />
        <CardContent>
          <Typography variant="body2" sx={{ mb: 2 }}>{translate('app.boundaries.help')}</Typography>
          <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2, maxWidth: 560 }}>
            <FormControl>
              <InputLabel id="b-level">{translate('resources.boundary-versions.fields.level')}</InputLabel>
              <Select labelId="b-level" label={translate('resources.boundary-versions.fields.level')} value={level} onChange={(e) => setLevel(e.target.value)}>
                {BoundaryLevel.options.map((l) => <MenuItem key={l} value={l}>{translate(`app.enum.boundaryLevel.${l}`)}</MenuItem>)}
              </Select>
            </FormControl>
            <TextField type="date" label={translate('resources.boundary-versions.fields.validFrom')} value={validFrom} onChange={(e) => setValidFrom(e.target.value)} required slotProps={{ inputLabel: { shrink: true } }} />
            <TextField label={translate('resources.boundary-versions.fields.source')} value={source} onChange={(e) => setSource(e.target.value)} required />
            <TextField label={translate('resources.boundary-versions.fields.licence')} value={licence} onChange={(e) => setLicence(e.target.value)} />
            <FormControl>
              <InputLabel id="b-crs">{translate('app.boundaries.crs')}</InputLabel>
              <Select labelId="b-crs" label={translate('app.boundaries.crs')} value={crs} onChange={(e) => setCrs(e.target.value)}>
                <MenuItem value="auto">{translate('app.boundaries.crs_auto')}</MenuItem>
                {Crs.options.map((c) => <MenuItem key={c} value={c}>{translate(`app.enum.crs.${c.replace(':', '_')}`)}</MenuItem>)}
              </Select>
            </FormControl>
            <FileField id="boundary-file" label="app.boundaries.file" accept=".geojson,.json,application/geo+json,application/json" onFile={setFile} />
            <RefusedList errors={errors} testId="import-errors" />
            <Box><Button type="submit" variant="contained" disabled={busy}>{translate('app.boundaries.submit')}</Button></Box>
          </Box>
        </CardContent>
      </Card>
      <AddressImport />
    </>
  );
}
