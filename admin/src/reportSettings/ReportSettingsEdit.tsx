/** Admin: the extra recipients of the monthly report (leadership users receive it anyway). */
import { SimpleForm } from 'react-admin';
import { AppEdit } from '../common/AppEdit';
import { ReportSettingsInputs } from './ReportSettingsInputs';
export const ReportSettingsEdit = () => (
  <AppEdit redirect={false}>
    <SimpleForm>
      <ReportSettingsInputs />
    </SimpleForm>
  </AppEdit>
);
