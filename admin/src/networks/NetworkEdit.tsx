import { SimpleForm } from 'react-admin';
import { network } from '../../../shared/schemas/network';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { NetworkInputs } from './NetworkInputs';
export const NetworkEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(network.update)}><NetworkInputs /></SimpleForm>
  </AppEdit>
);
