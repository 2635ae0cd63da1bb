/** "Import": the import jobs, newest first (file, type, status, rows, progress, when, by whom). */
import { Box, Typography } from '@mui/material';
import { CreateButton, DataTable, DateField, List, SearchInput, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { IMPORT_TYPES, JOB_STATUSES } from '../../../shared/import/types';
import type { ImportJob } from './api';
import { actorName, typeChoices, useImportLabels } from './labels';

const Actions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <CreateButton label={translate('app.import.create')} />
    </TopToolbar>
  );
};

/** Before the first import: what the page is for, and the way to start. */
const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <Typography variant="h6" component="p" sx={{ mb: 1 }}>{translate('app.import.empty')}</Typography>
      <Typography variant="body2" sx={{ mb: 2, maxWidth: 640, mx: 'auto' }}>{translate('app.import.help')}</Typography>
      <CreateButton variant="contained" label={translate('app.import.create')} />
    </Box>
  );
};

export const ImportList = () => {
  const translate = useTranslate();
  const l = useImportLabels();
  const filters = [
    <SearchInput source="q" alwaysOn key="q" />,
    <SelectInput source="type" choices={typeChoices(translate)} key="t" />,
    <SelectInput source="status" choices={JOB_STATUSES.map((id) => ({ id, name: l.jobStatus(id) }))} key="s" />,
  ];
  return (
    <List exporter={false} actions={<Actions />} empty={<Empty />} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} title={translate('app.import.list_title')}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="fileName" />
        <DataTable.Col source="type" render={(r: ImportJob) => (IMPORT_TYPES.includes(r.type) ? l.type(r.type) : r.type)} />
        <DataTable.Col source="status" render={(r: ImportJob) => l.jobStatus(r.status)} />
        <DataTable.NumberCol source="totalRows" />
        <DataTable.Col source="progress" disableSort render={(r: ImportJob) => l.progressText(r)} />
        <DataTable.Col source="createdAt"><DateField source="createdAt" showTime /></DataTable.Col>
        <DataTable.Col source="createdBy" disableSort render={(r: ImportJob) => actorName(r)} />
      </DataTable>
    </List>
  );
};
