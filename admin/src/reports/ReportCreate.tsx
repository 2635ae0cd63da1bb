/** Admin: send (or with "force", resend) the report of a month. */
import { BooleanInput, Create, SimpleForm, TextInput } from 'react-admin';
import { ReportRequest } from '../../../shared/routes';
import { zodResolver } from '../common/zodResolver';
export const ReportCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(ReportRequest)}>
      <TextInput source="month" helperText="z. B. 2026-10; leer = Vormonat" />
      <BooleanInput source="force" />
    </SimpleForm>
  </Create>
);
