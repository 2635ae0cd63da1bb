import { SimpleForm } from 'react-admin';
import { measurement } from '../../../shared/schemas/measurement';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { MeasurementInputs } from './MeasurementInputs';
export const MeasurementEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(measurement.update)}><MeasurementInputs /></SimpleForm>
  </AppEdit>
);
