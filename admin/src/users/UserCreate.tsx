import { Alert } from '@mui/material';
import { Create, PasswordInput, SimpleForm, useTranslate } from 'react-admin';
import { UserCreateBody } from '../../../shared/schemas/user';
import { zodResolver } from '../common/zodResolver';
import { UserInputs } from './UserInputs';

/** Creates the User together with its Cognito account (invitation with a temporary password). */
export const UserCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="list">
      <SimpleForm resolver={zodResolver(UserCreateBody)}>
        <Alert severity="info" sx={{ mb: 2 }}>{translate('app.user.account_note')}</Alert>
        <UserInputs />
        <PasswordInput source="temporaryPassword" autoComplete="new-password" helperText="app.user.temporary_password_help" />
      </SimpleForm>
    </Create>
  );
};
