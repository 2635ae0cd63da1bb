/** Admin: send (or with "force", resend) the report of a month. */
import { BooleanInput, Create, SimpleForm, TextInput } from 'react-admin';
import { ReportRequest } from '../../../shared/contract/routes/reports';
import { zodResolver } from '../common/zodResolver';
export const ReportCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(ReportRequest)}>
      <TextInput source="month" helperText="app.report.month_help" />
      <BooleanInput source="force" />
    </SimpleForm>
  </Create>
);
