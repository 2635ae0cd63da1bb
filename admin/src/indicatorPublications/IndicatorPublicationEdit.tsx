import { SimpleForm } from 'react-admin';
import { indicatorPublication } from '../../../shared/schemas/indicatorPublication';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { IndicatorPublicationInputs } from './IndicatorPublicationInputs';
export const IndicatorPublicationEdit = () => (
  <AppEdit redirect="list">
    <SimpleForm resolver={zodResolver(indicatorPublication.update)}><IndicatorPublicationInputs edit /></SimpleForm>
  </AppEdit>
);
