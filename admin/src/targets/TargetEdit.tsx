import { SimpleForm } from 'react-admin';
import { target } from '../../../shared/schemas/target';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { TargetInputs } from './TargetInputs';
export const TargetEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(target.update)}><TargetInputs /></SimpleForm>
  </AppEdit>
);
