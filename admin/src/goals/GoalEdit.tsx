import { SimpleForm } from 'react-admin';
import { goal } from '../../../shared/schemas/goal';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { GoalInputs } from './GoalInputs';
export const GoalEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(goal.update)}><GoalInputs /></SimpleForm>
  </AppEdit>
);
