/**
 * A figure of the scorecard, or in its place what it is waiting for ("noch nicht berechnet",
 * "noch nicht erfasst", "noch nicht gemeldet": shared/format/labels.ts), never a blank, a dash or NaN.
 */
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export function Figure({ value, unit, source }: { value: number | null | undefined; unit?: string; source?: string }) {
  const translate = useTranslate();
  if (typeof value === 'number' && Number.isFinite(value)) return <>{`${value.toLocaleString('de-DE')}${unit ? ` ${unit}` : ''}`}</>;
  return (
    <Typography component="span" variant="body2" color="text.secondary" data-pending={source ?? 'manual'} sx={{ fontStyle: 'italic' }}>
      {translate(`app.pending.${source ?? 'manual'}`)}
    </Typography>
  );
}
