import { Create, SimpleForm } from 'react-admin';
import { organisation } from '../../../shared/schemas/organisation';
import { zodResolver } from '../common/zodResolver';
import { OrganisationInputs } from './OrganisationInputs';
export const OrganisationCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(organisation.input)}><OrganisationInputs /></SimpleForm>
  </Create>
);
