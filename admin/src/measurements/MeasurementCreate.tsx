import { Create, SimpleForm } from 'react-admin';
import { measurement } from '../../../shared/schemas/measurement';
import { zodResolver } from '../common/zodResolver';
import { MeasurementInputs } from './MeasurementInputs';
export const MeasurementCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(measurement.input)}><MeasurementInputs /></SimpleForm>
  </Create>
);
