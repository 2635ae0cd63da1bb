import { Create, SimpleForm } from 'react-admin';
import { network } from '../../../shared/schemas/network';
import { zodResolver } from '../common/zodResolver';
import { NetworkInputs } from './NetworkInputs';
export const NetworkCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(network.input)}><NetworkInputs /></SimpleForm>
  </Create>
);
