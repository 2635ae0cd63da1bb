import { Create, SimpleForm } from 'react-admin';
import { indicator } from '../../../shared/schemas/indicator';
import { zodResolver } from '../common/zodResolver';
import { IndicatorInputs } from './IndicatorInputs';
export const IndicatorCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(indicator.input)}><IndicatorInputs /></SimpleForm>
  </Create>
);
