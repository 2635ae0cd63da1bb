/**
 * "Adressverzeichnis importieren": the official house coordinates (Hauskoordinaten, CSV as delivered, or with a
 * header row) as the address directory's new version, which turns a resident's address into a point. Every
 * refused cell is listed with its line and column.
 */
import { Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { FileField, RefusedList } from './ImportParts';

export function AddressImport() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [source, setSource] = useState('');
  const [licence, setLicence] = useState('Datenlizenz Deutschland – Zero – Version 2.0');
  const [file, setFile] = useState<File>();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrors([]);
    if (!file) return setErrors([translate('app.boundaries.no_file')]);
    setBusy(true);
    try {
      const { version } = await dataProvider.importAddressDirectory({ source, licence: licence || undefined, csv: await file.text() });
      notify('app.addresses.imported', { type: 'success', messageArgs: { count: version.addresses, streets: version.streets } });
      setFile(undefined);
    } catch (err: any) {
      const problem = err?.body?.problem;
      setErrors(problem?.errors?.map((x: { detail: string }) => x.detail) ?? [err?.message ?? 'ra.notification.http_error']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">{translate('app.addresses.import')}</Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>{translate('app.addresses.help')}</Typography>
        <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2, maxWidth: 560 }}>
          <TextField label={translate('resources.boundary-versions.fields.source')} value={source} onChange={(e) => setSource(e.target.value)} required />
          <TextField label={translate('resources.boundary-versions.fields.licence')} value={licence} onChange={(e) => setLicence(e.target.value)} />
          <FileField id="address-file" label="app.addresses.file" accept=".csv,.txt,text/csv,text/plain" onFile={setFile} />
          <RefusedList errors={errors} testId="address-import-errors" />
          <Box><Button type="submit" variant="contained" disabled={busy}>{translate('app.addresses.submit')}</Button></Box>
        </Box>
      </CardContent>
    </Card>
  );
}
