/**
 * The list toolbar's export: one button "Exportieren" opening a small menu, "Als CSV exportieren" and
 * "Als Excel-Datei exportieren". Either reads every record the list's filters match (all pages, up to
 * EXPORT_MAX, in the list's order) and writes it with the list's exporter config (../exporter.ts).
 * Without an exporter on the list (`exporter={false}`) it shows nothing.
 */
import DownloadIcon from '@mui/icons-material/GetApp';
import { CircularProgress, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import TableViewIcon from '@mui/icons-material/TableView';
import DescriptionIcon from '@mui/icons-material/Description';
import { useId, useState, type MouseEvent } from 'react';
import { Button, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import { exportConfigOf, exportRecords, type ExportFormat } from '../exporter';
import { EXPORT_MAX, fetchAllPages } from './fetch';
import type { Translate } from './table';

export function ExportButtons({ maxResults = EXPORT_MAX }: { maxResults?: number }) {
  const { filter, filterValues, resource, sort, exporter, total, meta } = useListContext() as ReturnType<typeof useListContext> & { meta?: unknown };
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  if (!exporter) return null;

  const run = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(format);
    try {
      const query = { filter: filter ? { ...filterValues, ...filter } : filterValues, sort, meta };
      const { data, truncated } = await fetchAllPages(dataProvider, resource, query, maxResults);
      const config = exportConfigOf(exporter);
      // A list with an exporter of its own keeps it for CSV; the Excel file then has every field.
      if (format === 'csv' && !config) await exporter(data, () => Promise.resolve({}), dataProvider, resource);
      else await exportRecords(format, data, { resource, translate: translate as Translate, dataProvider, config });
      if (truncated) notify('app.export.truncated', { type: 'warning', messageArgs: { max: maxResults.toLocaleString('de-DE') } });
    } catch (err) {
      console.error(err);
      notify('app.export.failed', { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Button
        label="ra.action.export"
        onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        disabled={total === 0 || busy !== null}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        data-testid="export-menu"
      >
        {busy ? <CircularProgress size={16} aria-label={translate('app.export.running')} /> : <DownloadIcon />}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run('csv')} data-testid="export-csv">
          <ListItemIcon><DescriptionIcon fontSize="small" /></ListItemIcon>
          <ListItemText>{translate('app.export.csv')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={() => run('xlsx')} data-testid="export-xlsx">
          <ListItemIcon><TableViewIcon fontSize="small" /></ListItemIcon>
          <ListItemText>{translate('app.export.xlsx')}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
