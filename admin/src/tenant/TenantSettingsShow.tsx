/** "Mandant", read only: what leadership sees of the own municipality's settings (GET /v1/tenant). */
import { Typography } from '@mui/material';
import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { germanNameOf } from '../../../shared/i18n/languages';
import { vocabularyOf } from '../../../shared/schemas/vocabulary';
import { LookSample } from './LookSample';
import { TenantFacts } from './TenantFacts';
import { SPATIAL_LEVEL_DE } from '../../../shared/format/labels';

function LookOfRecord() {
  const record = useRecordContext();
  return <LookSample look={record?.look ?? {}} />;
}

function Levels() {
  const record = useRecordContext();
  return (
    <Typography component="ol" variant="body2" sx={{ m: 0, pl: 2.5 }}>
      {(record?.levels ?? []).map((l: { key: keyof typeof SPATIAL_LEVEL_DE; label: string }) => <li key={l.key}>{l.label}{l.label !== SPATIAL_LEVEL_DE[l.key] ? ` (${SPATIAL_LEVEL_DE[l.key]})` : ''}</li>)}
    </Typography>
  );
}

export function TenantSettingsShow() {
  const translate = useTranslate();
  return (
    <Show actions={false} title={translate('resources.tenant.name', { smart_count: 1 })}>
      <SimpleShowLayout>
        <TenantFacts />
        <TextField source="name" />
        <FunctionField source="state" render={(r: any) => translate(`app.enum.state.${r.state}`)} />
        <Labeled label="resources.tenant.fields.levels"><Levels /></Labeled>
        <FunctionField source="languages" render={(r: any) => (r.languages ?? []).map(germanNameOf).join(', ')} />
        <FunctionField source="themes" render={(r: any) => vocabularyOf(r).themes.join(', ')} />
        <FunctionField source="targetGroups" render={(r: any) => vocabularyOf(r).targetGroups.map((g) => translate(`app.enum.targetGroup.${g}`)).join(', ')} />
        <TextField source="look.title" label="resources.tenant.fields.title" />
        <TextField source="look.logoUrl" label="resources.tenant.fields.logoUrl" emptyText="–" />
        <TextField source="look.brandColour" label="resources.tenant.fields.brandColour" />
        <TextField source="look.textOnBrand" label="resources.tenant.fields.textOnBrand" />
        <LookOfRecord />
      </SimpleShowLayout>
    </Show>
  );
}
