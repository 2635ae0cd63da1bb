/** The offer list's column "Übersetzungen": how many languages it has, and which of those need a look. */
import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { translationSummary } from './state';

/** `label` is for the layouts that read it off their children (SimpleShowLayout). */
export function TranslationSummaryField(_props: { label?: string }) {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record) return null;
  const s = translationSummary(record);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" component="span">
        {translate('app.translation.count', { translated: s.translated, total: s.total })}
      </Typography>
      {s.stale > 0 && <Chip size="small" color="warning" label={translate('app.translation.stale_count', { smart_count: s.stale })} />}
      {s.machine > 0 && <Chip size="small" color="info" label={translate('app.translation.machine_count', { smart_count: s.machine })} />}
    </Stack>
  );
}
