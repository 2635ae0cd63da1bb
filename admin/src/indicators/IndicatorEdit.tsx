import { SimpleForm } from 'react-admin';
import { indicator } from '../../../shared/schemas/indicator';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { IndicatorInputs } from './IndicatorInputs';
export const IndicatorEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(indicator.update)}><IndicatorInputs /></SimpleForm>
  </AppEdit>
);
