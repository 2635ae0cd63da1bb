/**
 * "Daten importieren": the type, its template (built in the browser from the shared specs, with
 * exceljs loaded only then), the file, and "Vorschau erstellen". The size is checked before the file
 * is read; a file the API refuses shows the API's German reason here, nothing is written.
 */
import DownloadIcon from '@mui/icons-material/GetApp';
import UploadIcon from '@mui/icons-material/UploadFile';
import { Alert, AlertTitle, Box, Button, Card, CardContent, CircularProgress, FormControl, FormHelperText, InputLabel, List, ListItem, MenuItem, Select, Typography } from '@mui/material';
import { useId, useRef, useState } from 'react';
import { Title, useCanAccess, useRedirect } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { MAX_FILE_BYTES, megabytes } from '../../../shared/import/limits';
import { IMPORT_TYPE_LABELS, IMPORT_TYPES, type ImportType, type SheetType } from '../../../shared/import/types';
import { downloadBlob } from '../common/export/download';
import { XLSX_MIME } from '../common/export/xlsx';
import { createImport, problemOf, type Problem } from './api';
import { acceptFor, readBase64, tooLarge } from './file';
import { useImportLabels } from './labels';

const isType = (v: unknown): v is ImportType => typeof v === 'string' && (IMPORT_TYPES as readonly string[]).includes(v);

export function ImportCreate() {
  const l = useImportLabels();
  const { translate } = l;
  const redirect = useRedirect();
  const [params] = useSearchParams();
  const [type, setType] = useState<ImportType>(() => (isType(params.get('type')) ? (params.get('type') as ImportType) : 'offers'));
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState<'template' | 'upload' | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { type: useId(), file: useId(), fileHelp: useId(), typeHelp: useId() };
  // Councils are admins' (shared/policy.ts): nobody else is offered a type whose every row the preview would refuse.
  const { canAccess: keepsCouncils } = useCanAccess({ resource: 'councils', action: 'create' });
  const types = IMPORT_TYPES.filter((t) => t !== 'councils' || keepsCouncils);

  const choose = (f: File | undefined) => {
    setProblem(undefined);
    setFile(f);
    if (f && tooLarge(f)) setProblem({ detail: translate('app.import.too_large', { size: megabytes(f.size), max: megabytes(MAX_FILE_BYTES) }), errors: [] });
  };

  const downloadTemplate = async () => {
    if (type === 'hsds') return;
    setBusy('template');
    setProblem(undefined);
    try {
      const { templateWorkbook } = await import('../../../shared/import/template');
      const bytes = await templateWorkbook(type as SheetType);
      downloadBlob(new Blob([bytes], { type: XLSX_MIME }), `Vorlage-${IMPORT_TYPE_LABELS[type]}.xlsx`);
    } catch (err) {
      console.error(err);
      setProblem({ detail: translate('app.import.template_failed'), errors: [] });
    } finally {
      setBusy(null);
    }
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setProblem(undefined);
    if (!file) return setProblem({ detail: translate('app.import.no_file'), errors: [] });
    // Checked before reading: a 50 MB file is never base64'd into memory.
    if (tooLarge(file)) return setProblem({ detail: translate('app.import.too_large', { size: megabytes(file.size), max: megabytes(MAX_FILE_BYTES) }), errors: [] });
    setBusy('upload');
    try {
      const content = await readBase64(file).catch(() => {
        throw { message: translate('app.import.read_failed') };
      });
      const job = await createImport({ type, fileName: file.name, content });
      redirect(`/imports/${encodeURIComponent(job.id)}/show`);
    } catch (err) {
      const p = problemOf(err);
      setProblem({ ...p, detail: translate(p.detail, { _: p.detail }) });
      setBusy(null);
    }
  };

  return (
    <Card sx={{ mt: 1 }}>
      <Title title={translate('app.import.create')} />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2, maxWidth: 720 }}>{translate('app.import.help')}</Typography>
        <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 2.5, maxWidth: 720 }}>
          <FormControl>
            <InputLabel id={ids.type}>{translate('app.import.type')}</InputLabel>
            <Select
              labelId={ids.type}
              label={translate('app.import.type')}
              value={type}
              onChange={(e) => {
                setType(e.target.value as ImportType);
                setProblem(undefined);
              }}
              inputProps={{ 'aria-describedby': ids.typeHelp }}
              data-testid="import-type"
            >
              {types.map((t) => <MenuItem key={t} value={t}>{l.type(t)}</MenuItem>)}
            </Select>
            <FormHelperText id={ids.typeHelp}>{translate(type === 'hsds' ? 'app.import.hsds_help' : 'app.import.template_help')}</FormHelperText>
          </FormControl>
          {type !== 'hsds' && (
            <Box>
              <Button variant="outlined" startIcon={busy === 'template' ? <CircularProgress size={16} /> : <DownloadIcon />} onClick={downloadTemplate} disabled={busy !== null}>
                {translate('app.import.template')}
              </Button>
            </Box>
          )}
          <Box>
            <Typography component="label" htmlFor={ids.file} variant="body1" sx={{ display: 'block', mb: 0.5, fontWeight: 500 }}>
              {translate(type === 'hsds' ? 'app.import.file_hsds' : 'app.import.file')}
            </Typography>
            <input
              ref={input}
              id={ids.file}
              name="file"
              type="file"
              accept={acceptFor(type)}
              aria-describedby={ids.fileHelp}
              onChange={(e) => choose(e.target.files?.[0])}
              data-testid="import-file"
            />
            <Typography id={ids.fileHelp} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {translate(type === 'hsds' ? 'app.import.file_help_hsds' : 'app.import.file_help', { max: megabytes(MAX_FILE_BYTES) })}
            </Typography>
          </Box>
          {problem && (
            <Alert severity="error" role="alert" data-testid="import-problem">
              <AlertTitle>{translate('app.import.refused')}</AlertTitle>
              <span data-testid="import-problem-detail">{problem.detail}</span>
              {problem.errors.length > 0 && (
                <List dense>{problem.errors.map((x, i) => <ListItem key={i} sx={{ display: 'list-item', listStyle: 'disc', ml: 2, pl: 0 }}>{x.detail}</ListItem>)}</List>
              )}
            </Alert>
          )}
          <Box>
            <Button type="submit" variant="contained" startIcon={busy === 'upload' ? <CircularProgress size={16} color="inherit" /> : <UploadIcon />} disabled={busy !== null || (!!file && tooLarge(file))}>
              {translate(busy === 'upload' ? 'app.import.checking' : 'app.import.preview')}
            </Button>
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
}
