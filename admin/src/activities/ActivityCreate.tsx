import { Create, SimpleForm } from 'react-admin';
import { activity } from '../../../shared/schemas/activity';
import { zodResolver } from '../common/zodResolver';
import { ActivityInputs } from './ActivityInputs';
export const ActivityCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(activity.input)}><ActivityInputs /></SimpleForm>
  </Create>
);
