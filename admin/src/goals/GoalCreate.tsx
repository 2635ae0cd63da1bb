import { Create, SimpleForm } from 'react-admin';
import { goal } from '../../../shared/schemas/goal';
import { zodResolver } from '../common/zodResolver';
import { GoalInputs } from './GoalInputs';
export const GoalCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(goal.input)}><GoalInputs /></SimpleForm>
  </Create>
);
