import { Create, SimpleForm } from 'react-admin';
import { target } from '../../../shared/schemas/target';
import { zodResolver } from '../common/zodResolver';
import { TargetInputs } from './TargetInputs';
export const TargetCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(target.input)}><TargetInputs /></SimpleForm>
  </Create>
);
