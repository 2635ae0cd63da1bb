/**
 * "Meine Einstellungen": the signed-in user's own report and reminder settings, and how residents
 * reach them as a contact person of their social spaces: title, phone, e-mail, consultation hours, a
 * note and a photo, shown publicly only with their consent (GET/PUT /v1/me/settings: react-admin
 * resource `me`, record id `settings`; the server records when consent was given).
 */
import { Card, CardContent, Checkbox, FormControlLabel, FormHelperText, Typography } from '@mui/material';
import { BooleanInput, CheckboxGroupInput, Edit, SaveButton, SimpleForm, TextInput, Title, Toolbar, useInput, useRecordContext, useTranslate } from 'react-admin';
import { OwnSettings, ReminderKind } from '../../../shared/schemas/user';
import { PhotoInput } from '../common/PhotoInput';
import { ScheduleInput } from '../common/ScheduleInput';
import { zodResolver } from '../common/zodResolver';

const reminderChoices = ReminderKind.options.map((id) => ({ id, name: `app.enum.reminder.${id}` }));

/** Checked = wanted; stored as the kinds switched off. */
const wanted = (off: string[] = []) => ReminderKind.options.filter((k) => !off.includes(k));
const off = (want: string[] = []) => ReminderKind.options.filter((k) => !want.includes(k));

/** When consent was given, as the server recorded it (`publicConsentAt`, read-only). */
function ConsentSince() {
  const record = useRecordContext();
  const translate = useTranslate();
  const at = record?.publicConsent && record.publicConsentAt;
  if (!at) return null;
  const when = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(at));
  return <FormHelperText data-testid="consent-since">{translate('app.settings.consent_since', { date: when })}</FormHelperText>;
}

/** The consent as a checkbox (a statement one agrees to, not a switch), with what withdrawing it does. */
function ConsentInput() {
  const translate = useTranslate();
  const { field, id } = useInput({ source: 'publicConsent', defaultValue: false });
  return (
    <div>
      <FormControlLabel
        control={<Checkbox id={id} checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} slotProps={{ input: { 'aria-describedby': `${id}-help` } }} />}
        label={translate('app.settings.consent')}
      />
      <FormHelperText id={`${id}-help`}>{translate('app.settings.consent_help')}</FormHelperText>
      <ConsentSince />
    </div>
  );
}

function PublicContactInputs() {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>{translate('app.settings.public_title')}</Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>{translate('app.settings.public_intro')}</Typography>
      <TextInput source="publicContact.title" label="app.settings.contact_title" helperText="app.settings.contact_title_help" fullWidth />
      <TextInput source="publicContact.phone" label="app.contact.phone" />
      <TextInput source="publicContact.email" label="app.contact.email" />
      <ScheduleInput source="publicContact.consultationHours" />
      <TextInput source="publicContact.consultationNote" label="app.settings.consultation_note" helperText="app.settings.consultation_note_help" multiline fullWidth />
      <PhotoInput source="publicContact.photo" label="app.settings.photo" />
      <ConsentInput />
    </>
  );
}

export function MySettings() {
  const translate = useTranslate();
  return (
    <>
      <Title title={translate('app.settings.title')} />
      <Edit
        resource="me"
        id="settings"
        redirect={false}
        mutationMode="pessimistic"
        mutationOptions={{ meta: { notify: 'app.settings.saved' } }}
        // The body takes the settings only: not the form's own field, nor the consent's date (the server's).
        transform={(data: any) => ({ ...data, remindersOff: off(data.remindersWanted), remindersWanted: undefined, publicConsentAt: undefined })}
        queryOptions={{ select: (u: any) => ({ ...u, remindersWanted: wanted(u.remindersOff) }) }}
        actions={false}
        title=" "
      >
        <Card variant="outlined" sx={{ border: 0 }}>
          <CardContent sx={{ p: 0 }}>
            <SimpleForm resolver={zodResolver(OwnSettings)} toolbar={<Toolbar><SaveButton /></Toolbar>}>
              <BooleanInput source="receivesReport" label="app.settings.report" />
              <CheckboxGroupInput source="remindersWanted" label="app.settings.reminders" choices={reminderChoices} row={false} />
              <PublicContactInputs />
            </SimpleForm>
          </CardContent>
        </Card>
      </Edit>
    </>
  );
}
