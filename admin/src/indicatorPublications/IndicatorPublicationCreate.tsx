import { Create, SimpleForm } from 'react-admin';
import { indicatorPublication } from '../../../shared/schemas/indicatorPublication';
import { zodResolver } from '../common/zodResolver';
import { IndicatorPublicationInputs } from './IndicatorPublicationInputs';
export const IndicatorPublicationCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(indicatorPublication.input)}><IndicatorPublicationInputs /></SimpleForm>
  </Create>
);
