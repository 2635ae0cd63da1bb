import { SimpleForm } from 'react-admin';
import { organisation } from '../../../shared/schemas/organisation';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { OrganisationInputs } from './OrganisationInputs';
export const OrganisationEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(organisation.update)}><OrganisationInputs /></SimpleForm>
  </AppEdit>
);
