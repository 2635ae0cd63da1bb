/**
 * The quarter's streets as one text, a street per line (pasted from the city's street directory),
 * stored as the list the API takes. The text is kept as typed while editing (an empty line, a space
 * at the end), so only the list, not the text, is rebuilt on each keystroke.
 */
import { TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import { entryError } from '../common/entryError';
import { streetsOf, textMatches } from './streets';

export function StreetsInput({ source = 'streets' }: { source?: string }) {
  const translate = useTranslate();
  const { field, fieldState, id } = useInput({ source, defaultValue: [] });
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const joined = value.join('\n');
  // A street the API refuses (too long) is an error of its entry (`streets.3`): shown for the whole text.
  const error = entryError(fieldState.error);
  const [text, setText] = useState(joined);
  // A new value from outside (the record loaded, the form reset) replaces the text; one's own typing does not.
  useEffect(() => {
    if (!textMatches(text, value)) setText(joined);
  }, [joined]); // not on `text`: typing changes the text first, then the value to match it
  return (
    <TextField
      id={id}
      label={translate('resources.quarters.fields.streets')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        field.onChange(streetsOf(e.target.value));
      }}
      onBlur={field.onBlur}
      multiline
      minRows={4}
      maxRows={16}
      fullWidth
      variant="filled"
      size="small"
      margin="dense"
      error={!!error}
      helperText={error ? translate(error) : translate('app.quarters.streets_help', { smart_count: value.length })}
    />
  );
}
