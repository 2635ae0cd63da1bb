/**
 * „An die Bezirksvertretung übergeben“: the council a need, measure or meeting's agreement was handed to, on which day,
 * with a note, and the council's answer once recorded. Choosing a council dates the handover today
 * unless a day is given; choosing none removes it. The district report lists handovers still without
 * an answer.
 */
import { Typography } from '@mui/material';
import { useEffect } from 'react';
import { DateInput, ReferenceInput, SelectInput, TextInput, useSourceContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { berlinToday } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';

export function HandoverInput({ source = 'handover' }: { source?: string }) {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  // Inside a list (a meeting's agreements) the inputs' sources are relative; the form's values are not.
  const full = useSourceContext()?.getSource(source) ?? source;
  const councilId = useWatch({ name: `${full}.councilId` });
  const on = useWatch({ name: `${full}.on` });
  useEffect(() => {
    if (councilId && !on) setValue(`${full}.on`, berlinToday(now()), { shouldDirty: true });
    // „Nicht übergeben“ takes the whole handover away: its other fields are hidden then, and would not validate alone.
    if (!councilId && on) setValue(full, null, { shouldDirty: true });
  }, [councilId, on, full, setValue]);
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>{translate('app.handover.title')}</Typography>
      <ReferenceInput source={`${source}.councilId`} reference="councils" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput optionText="name" label="app.handover.councilId" emptyText="app.handover.none" />
      </ReferenceInput>
      {councilId && (
        <>
          <DateInput source={`${source}.on`} label="app.handover.on" />
          <TextInput source={`${source}.note`} label="app.handover.note" multiline fullWidth />
          <TextInput source={`${source}.answer`} label="app.handover.answer" multiline fullWidth />
          <DateInput source={`${source}.answeredOn`} label="app.handover.answeredOn" />
        </>
      )}
    </>
  );
}
