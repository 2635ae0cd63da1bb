import { Create, SimpleForm } from 'react-admin';
import { quarter } from '../../../shared/schemas/quarter';
import { zodResolver } from '../common/zodResolver';
import { QuarterInputs } from './QuarterInputs';
export const QuarterCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(quarter.input)}><QuarterInputs /></SimpleForm>
  </Create>
);
