/** A translation's state as chips: always the words, the colour only in addition (WCAG 1.4.1). Spans, as they sit inside the panel's button. */
import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TranslationState } from './state';

const COLOUR = { missing: 'default', current: 'success', stale: 'warning', machine: 'info' } as const;

export function TranslationChips({ states }: { states: TranslationState[] }) {
  const translate = useTranslate();
  return (
    <Stack component="span" direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {states.map((s) => (
        <Chip key={s} component="span" size="small" color={COLOUR[s]} variant={s === 'missing' ? 'outlined' : 'filled'} label={translate(`app.translation.state.${s}`)} data-testid={`translation-${s}`} />
      ))}
    </Stack>
  );
}
