import { Create, SimpleForm } from 'react-admin';
import { centre } from '../../../shared/schemas/centre';
import { zodResolver } from '../common/zodResolver';
import { CentreInputs } from './CentreInputs';
export const CentreCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(centre.input)}><CentreInputs /></SimpleForm>
  </Create>
);
