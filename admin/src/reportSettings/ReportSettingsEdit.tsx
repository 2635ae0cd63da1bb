/** Admin: the extra recipients of the monthly report (leadership users receive it anyway). */
import { SimpleForm } from 'react-admin';
import { routes } from '../../../shared/contract/routes/reports';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { ReportSettingsInputs } from './ReportSettingsInputs';

// The same body schema the API checks (including the first save with version 0).
const body = routes.find((r) => r.operationId === 'updateReportSettings')!.body!;

export const ReportSettingsEdit = () => (
  <AppEdit redirect={false}>
    <SimpleForm resolver={zodResolver(body)}>
      <ReportSettingsInputs />
    </SimpleForm>
  </AppEdit>
);
