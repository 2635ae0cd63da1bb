/**
 * The operator's tenants (GET /v1/operator/tenants): who they are, whether they are in service, their
 * public addresses, and this month's use (requests and mails counted as they happen, records and storage
 * from the last daily census). Never anything of a tenant's own records.
 */
import { Chip, Typography } from '@mui/material';
import { CreateButton, DataTable, List, TopToolbar, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { monthLabel } from '../../../shared/time/months';
import { countLabel, storageLabel } from './usage';

function UsageNote() {
  const { data } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const month = data?.find((t: any) => t.usage?.month)?.usage.month;
  return month ? <Typography variant="body2" sx={{ mr: 'auto', alignSelf: 'center' }} data-testid="usage-note">{translate('app.tenants.usage', { month: monthLabel(month, locale) })}</Typography> : null;
}

const Actions = () => (
  <TopToolbar sx={{ width: '100%' }}>
    <UsageNote />
    <CreateButton />
  </TopToolbar>
);

function StatusChip({ status }: { status: string }) {
  const translate = useTranslate();
  return <Chip size="small" label={translate(`app.enum.tenantStatus.${status}`)} color={status === 'suspended' ? 'warning' : 'default'} variant={status === 'suspended' ? 'filled' : 'outlined'} />;
}

export function TenantList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const counted = (n: number | undefined, format: (n: number, locale: string) => string) => (typeof n === 'number' ? format(n, locale) : translate('app.tenants.not_counted'));
  return (
    <List exporter={false} actions={<Actions />} sort={{ field: 'id', order: 'ASC' }} perPage={50}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="name" />
        <DataTable.Col source="state" render={(r: any) => translate(`app.enum.state.${r.state}`)} />
        <DataTable.Col source="status" render={(r: any) => <StatusChip status={r.status} />} />
        <DataTable.Col source="hosts" disableSort render={(r: any) => (r.hosts?.length ? r.hosts.join(', ') : translate('app.tenants.no_hosts'))} />
        <DataTable.Col source="usage.requests" label="resources.tenants.fields.requests" disableSort align="right" render={(r: any) => counted(r.usage?.requests ?? 0, countLabel)} />
        <DataTable.Col source="usage.mails" label="resources.tenants.fields.mails" disableSort align="right" render={(r: any) => counted(r.usage?.mails ?? 0, countLabel)} />
        <DataTable.Col source="usage.items" label="resources.tenants.fields.items" disableSort align="right" render={(r: any) => counted(r.usage?.items, countLabel)} />
        <DataTable.Col source="usage.bytes" label="resources.tenants.fields.bytes" disableSort align="right" render={(r: any) => counted(r.usage?.bytes, storageLabel)} />
      </DataTable>
    </List>
  );
}
