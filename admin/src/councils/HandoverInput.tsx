/**
 * „An die Bezirksvertretung übergeben“: the council a need or measure was handed to, on which day,
 * with a note, and the council's answer once recorded. Choosing a council dates the handover today
 * unless a day is given; choosing none removes it. The district report lists handovers still without
 * an answer.
 */
import { Typography } from '@mui/material';
import { useEffect } from 'react';
import { DateInput, ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { berlinToday } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';

export function HandoverInput({ source = 'handover' }: { source?: string }) {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const councilId = useWatch({ name: `${source}.councilId` });
  const on = useWatch({ name: `${source}.on` });
  useEffect(() => {
    if (councilId && !on) setValue(`${source}.on`, berlinToday(now()), { shouldDirty: true });
    // „Nicht übergeben“ takes the whole handover away: its other fields are hidden then, and would not validate alone.
    if (!councilId && on) setValue(source, null, { shouldDirty: true });
  }, [councilId, on, source, setValue]);
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
