/**
 * The preview's rows, a page at a time from the API, filtered by status with tabs (Alle, Neu,
 * Geändert, Unverändert, Fehler, each with its count): the spreadsheet's row number, the status, the
 * record's name, the columns that change, each error as "Spalte X: …", and after the import each
 * row's outcome with a link to its record.
 */
import { Alert, Box, Chip, CircularProgress, Link as MuiLink, List, ListItem, Tab, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Tabs } from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ROW_STATUSES, type ImportType, type RowStatus } from '../../../shared/import/types';
import { fetchRows, problemOf, type ImportJob, type PreviewRow } from './api';
import { useImportLabels } from './labels';

type Filter = 'all' | RowStatus;
const FILTERS: Filter[] = ['all', ...ROW_STATUSES];
const PER_PAGE = [25, 50, 100];
const chipColor = { new: 'success', changed: 'info', unchanged: 'default', error: 'error' } as const;
const outcomeColor = { created: 'success', updated: 'info', unchanged: 'default', failed: 'error' } as const;
/** Where an imported record is shown (HSDS rows may be offers or organisations: no link). */
const RESOURCE_OF: Partial<Record<ImportType, string>> = { offers: 'offers', organisations: 'organisations', centres: 'centres', networks: 'networks', 'area-figures': 'area-figures', measurements: 'measurements' };

export function PreviewRows({ job }: { job: ImportJob }) {
  const l = useImportLabels();
  const { translate } = l;
  const baseId = useId();
  const [filter, setFilter] = useState<Filter>(() => (job.status === 'previewed' && (job.preview?.error ?? 0) > 0 ? 'error' : 'all'));
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(50);
  const [state, setState] = useState<{ rows: PreviewRow[]; total: number; loading: boolean; error?: string }>({ rows: [], total: 0, loading: true });
  const ran = job.status !== 'previewed';

  // Rows are read again when the filter, the page or the job's status changes (not on every progress tick).
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    fetchRows(job.id, page * perPage, page * perPage + perPage - 1, filter === 'all' ? undefined : filter)
      .then(({ rows, total }) => live && setState({ rows, total, loading: false }))
      .catch((err) => live && setState({ rows: [], total: 0, loading: false, error: translate(problemOf(err).detail, { _: problemOf(err).detail }) }));
    return () => {
      live = false;
    };
  }, [job.id, job.status, filter, page, perPage]); // eslint-disable-line react-hooks/exhaustive-deps

  const count = (f: Filter) => (f === 'all' ? job.totalRows : job.preview?.[f]);
  const resource = RESOURCE_OF[job.type];
  const panelId = `${baseId}-panel`;

  return (
    <Box>
      <Tabs
        value={filter}
        onChange={(_, v: Filter) => {
          setFilter(v);
          setPage(0);
        }}
        aria-label={translate('app.import.filter_label')}
        variant="scrollable"
        allowScrollButtonsMobile
      >
        {FILTERS.map((f) => (
          <Tab key={f} value={f} id={`${baseId}-tab-${f}`} aria-controls={panelId} label={`${translate(`app.import.filter.${f}`)} (${(count(f) ?? 0).toLocaleString('de-DE')})`} data-testid={`import-filter-${f}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={panelId} aria-labelledby={`${baseId}-tab-${filter}`} sx={{ mt: 1 }}>
        {state.error && <Alert severity="error">{state.error}</Alert>}
        <TableContainer>
          <Table size="small" aria-label={translate('app.import.rows_label')} aria-busy={state.loading} data-testid="import-rows">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 80 }}>{translate('app.import.columns.row')}</TableCell>
                <TableCell sx={{ width: 130 }}>{translate('app.import.columns.status')}</TableCell>
                <TableCell>{translate('app.import.columns.label')}</TableCell>
                <TableCell>{translate('app.import.columns.changes')}</TableCell>
                <TableCell>{translate('app.import.columns.errors')}</TableCell>
                {ran && <TableCell>{translate('app.import.columns.outcome')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {state.rows.map((r) => (
                <TableRow key={r.id ?? `${r.row}-${r.column ?? ''}`} data-testid="import-row" data-row={r.row} data-status={r.status}>
                  <TableCell>{r.column ? `${r.row} (${r.column})` : r.row}</TableCell>
                  <TableCell><Chip size="small" variant={r.status === 'unchanged' ? 'outlined' : 'filled'} color={chipColor[r.status] ?? 'default'} label={l.rowStatus(r.status)} /></TableCell>
                  <TableCell>
                    {r.recordId && resource ? (
                      <MuiLink component={Link} to={`/${resource}/${encodeURIComponent(r.recordId)}/show`}>{r.label || r.recordId}</MuiLink>
                    ) : (
                      r.label || '–'
                    )}
                  </TableCell>
                  <TableCell>{r.changes?.length ? r.changes.join(', ') : ''}</TableCell>
                  <TableCell>
                    {!!r.errors?.length && (
                      <List dense disablePadding>
                        {r.errors.map((e, i) => (
                          <ListItem key={i} disableGutters sx={{ py: 0 }} data-testid="import-row-error">
                            {translate('app.import.error_item', { column: e.column, message: e.message })}
                          </ListItem>
                        ))}
                      </List>
                    )}
                  </TableCell>
                  {ran && (
                    <TableCell>
                      {r.outcome && (r.outcome === 'skipped' ? (
                        // Left out on purpose (its errors are in the column before), not refused while writing.
                        <Chip size="small" variant="outlined" label={translate('app.import.outcome_skipped')} />
                      ) : (
                        <>
                          <Chip size="small" variant="outlined" color={outcomeColor[r.outcome] ?? 'default'} label={l.outcome(r.outcome)} />
                          {r.outcomeError && <Box component="span" sx={{ display: 'block', color: 'error.main', mt: 0.5 }}>{r.outcomeError}</Box>}
                        </>
                      ))}
                    </TableCell>
                  )}
                </TableRow>
              ))}
              {!state.loading && !state.rows.length && !state.error && (
                <TableRow>
                  <TableCell colSpan={ran ? 6 : 5}>{translate('app.import.no_rows')}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        {state.loading && (
          <Box sx={{ display: 'flex', justifyContent: 'center', p: 1 }}>
            <CircularProgress size={20} aria-label={translate('app.import.rows_loading')} />
          </Box>
        )}
        <TablePagination
          component="div"
          count={state.total}
          page={page}
          rowsPerPage={perPage}
          rowsPerPageOptions={PER_PAGE}
          onPageChange={(_, p) => setPage(p)}
          onRowsPerPageChange={(e) => {
            setPerPage(Number(e.target.value));
            setPage(0);
          }}
          labelRowsPerPage={translate('app.import.rows_per_page')}
          labelDisplayedRows={({ from, to, count: c }) => translate('app.import.displayed_rows', { from, to, count: c })}
          getItemAriaLabel={(type) => translate(`app.import.page.${type}`)}
        />
      </Box>
    </Box>
  );
}
