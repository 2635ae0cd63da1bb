import { SimpleForm } from 'react-admin';
import { activity } from '../../../shared/schemas/activity';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { ActivityInputs } from './ActivityInputs';
export const ActivityEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(activity.update)}><ActivityInputs /></SimpleForm>
  </AppEdit>
);
