/** What the tenant's own admin sees but does not change: its id, public addresses and status (the operator's). */
import { Box, Chip, Stack, Typography } from '@mui/material';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';

export function HostsField({ hosts }: { hosts?: string[] }) {
  const translate = useTranslate();
  if (!hosts?.length) return <Typography variant="body2">{translate('app.tenants.no_hosts')}</Typography>;
  return (
    <Stack direction="row" spacing={1} useFlexGap component="ul" sx={{ flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0 }}>
      {hosts.map((h) => <Chip key={h} component="li" label={h} size="small" variant="outlined" />)}
    </Stack>
  );
}

export function TenantFacts() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4, my: 1 }} data-testid="tenant-facts">
      <Labeled label="resources.tenant.fields.id"><Typography variant="body2">{record.id}</Typography></Labeled>
      <Labeled label="resources.tenant.fields.hosts"><HostsField hosts={record.hosts} /></Labeled>
      <Labeled label="resources.tenant.fields.status"><Typography variant="body2">{translate(`app.enum.tenantStatus.${record.status}`)}</Typography></Labeled>
    </Box>
  );
}
