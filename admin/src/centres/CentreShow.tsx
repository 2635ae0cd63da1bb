/** A community centre with what its public page shows: hours, exceptions, a closure notice, appointments, languages. */
import { FunctionField, ReferenceField, Show, SimpleShowLayout, TextField, useLocaleState, useTranslate } from 'react-admin';
import { longDateDe } from '../../../shared/time/months';

/** "Mo, Di 09:00–12:00" per slot, one a line. */
function scheduleText(slots: any[] | undefined, translate: (k: string) => string): string {
  if (!slots?.length) return '–';
  return slots
    .map((s) => `${(s.byday ?? []).map((d: string) => translate(`app.enum.weekday.${d}`)).join(', ') || translate(`app.enum.scheduleFreq.${s.freq}`)} ${s.opens}–${s.closes}`)
    .join('\n');
}

function exceptionText(e: any, translate: (k: string, o?: any) => string): string {
  const days = e.until && e.until !== e.date ? `${longDateDe(e.date)} – ${longDateDe(e.until)}` : longDateDe(e.date);
  const hours = e.closed === false ? `${e.opens}–${e.closes}` : translate('app.centre.closed');
  return [days, hours, e.note].filter(Boolean).join(': ');
}

function Languages() {
  const [locale] = useLocaleState();
  return (
    <FunctionField
      source="languages"
      render={(r: any) => {
        if (!r.languages?.length) return '–';
        const names = new Intl.DisplayNames([locale], { type: 'language' });
        return r.languages.map((code: string) => names.of(code) ?? code).join(', ');
      }}
    />
  );
}

const lines = { whiteSpace: 'pre-line' } as const;

export const CentreShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="socialSpaceId" reference="social-spaces" />
        <ReferenceField source="quarterId" reference="quarters" emptyText="–" />
        <TextField source="address.street" label="resources.centres.fields.street" />
        <TextField source="address.postalCode" label="resources.centres.fields.postalCode" />
        <TextField source="contact.phone" label="app.contact.phone" emptyText="–" />
        <FunctionField
          source="temporarilyClosed"
          label="resources.centres.fields.closedNote"
          render={(r: any) => (r.temporarilyClosed ? `${r.temporarilyClosed.note}${r.temporarilyClosed.until ? ` (${translate('app.centre.until', { date: longDateDe(r.temporarilyClosed.until) })})` : ''}` : '–')}
        />
        <FunctionField source="openingHours" sx={lines} render={(r: any) => scheduleText(r.openingHours, translate)} />
        <TextField source="hoursNote" emptyText="–" />
        <FunctionField source="exceptions" sx={lines} render={(r: any) => (r.exceptions?.length ? r.exceptions.map((e: any) => exceptionText(e, translate)).join('\n') : '–')} />
        <FunctionField source="appointmentHours" sx={lines} render={(r: any) => scheduleText(r.appointmentHours, translate)} />
        <TextField source="appointmentNote" emptyText="–" />
        <TextField source="accessibility" emptyText="–" />
        <Languages />
      </SimpleShowLayout>
    </Show>
  );
};
