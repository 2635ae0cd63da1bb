import { Create, SimpleForm } from 'react-admin';
import { user } from '../../../shared/schemas/user';
import { zodResolver } from '../common/zodResolver';
import { UserInputs } from './UserInputs';
/** Creates the User (roles). The Cognito account is created by an admin in the user pool (README). */
export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(user.input)}><UserInputs /></SimpleForm>
  </Create>
);
