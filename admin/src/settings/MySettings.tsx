/**
 * "Meine Einstellungen": the signed-in user's own report and reminder settings
 * (GET/PUT /v1/me/settings: react-admin resource `me`, record id `settings`).
 */
import { Card, CardContent } from '@mui/material';
import { BooleanInput, CheckboxGroupInput, Edit, SaveButton, SimpleForm, Title, Toolbar, useTranslate } from 'react-admin';
import { ReminderKind } from '../../../shared/schemas/user';

const reminderChoices = ReminderKind.options.map((id) => ({ id, name: `app.enum.reminder.${id}` }));

/** Checked = wanted; stored as the kinds switched off. */
const wanted = (off: string[] = []) => ReminderKind.options.filter((k) => !off.includes(k));
const off = (want: string[] = []) => ReminderKind.options.filter((k) => !want.includes(k));

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
        transform={(data: any) => ({ ...data, remindersOff: off(data.remindersWanted), remindersWanted: undefined })}
        queryOptions={{ select: (u: any) => ({ ...u, remindersWanted: wanted(u.remindersOff) }) }}
        actions={false}
        title=" "
      >
        <Card variant="outlined" sx={{ border: 0 }}>
          <CardContent sx={{ p: 0 }}>
            <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
              <BooleanInput source="receivesReport" label="app.settings.report" />
              <CheckboxGroupInput source="remindersWanted" label="app.settings.reminders" choices={reminderChoices} row={false} />
            </SimpleForm>
          </CardContent>
        </Card>
      </Edit>
    </>
  );
}
