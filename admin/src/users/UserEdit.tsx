import { SimpleForm } from 'react-admin';
import { user } from '../../../shared/schemas/user';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { UserInputs } from './UserInputs';
export const UserEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(user.update)}><UserInputs /></SimpleForm>
  </AppEdit>
);
