import { SimpleForm } from 'react-admin';
import { quarter } from '../../../shared/schemas/quarter';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { QuarterInputs } from './QuarterInputs';
export const QuarterEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(quarter.update)}><QuarterInputs /></SimpleForm>
  </AppEdit>
);
