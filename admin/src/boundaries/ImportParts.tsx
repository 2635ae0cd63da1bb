/** What the boundary and the address import forms share: the file chooser with its label, and the list of refused cells. */
import { Alert, Box, List, ListItem, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export function FileField({ id, label, accept, onFile }: { id: string; label: string; accept: string; onFile: (file: File | undefined) => void }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography component="label" htmlFor={id} variant="body2" sx={{ display: 'block', mb: 0.5 }}>{translate(label)}</Typography>
      <input id={id} type="file" accept={accept} onChange={(e) => onFile(e.target.files?.[0])} />
    </Box>
  );
}

export function RefusedList({ errors, testId }: { errors: string[]; testId: string }) {
  const translate = useTranslate();
  if (!errors.length) return null;
  return (
    <Alert severity="error" data-testid={testId}>
      {translate('app.boundaries.refused')}
      <List dense>{errors.map((x, i) => <ListItem key={i} sx={{ display: 'list-item', pl: 0 }}>{translate(x, { _: x })}</ListItem>)}</List>
    </Alert>
  );
}
