import { SimpleForm } from 'react-admin';
import { centre } from '../../../shared/schemas/centre';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { CentreInputs } from './CentreInputs';
export const CentreEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(centre.update)}><CentreInputs /></SimpleForm>
  </AppEdit>
);
