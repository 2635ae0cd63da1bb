/** A new profile: saved, it opens for editing, where it is previewed and published. */
import { Create, SimpleForm } from 'react-admin';
import { areaProfile } from '../../../shared/schemas/areaProfile';
import { zodResolver } from '../common/zodResolver';
import { AreaProfileInputs } from './AreaProfileInputs';

export const AreaProfileCreate = () => (
  <Create redirect="edit">
    <SimpleForm resolver={zodResolver(areaProfile.input)}><AreaProfileInputs /></SimpleForm>
  </Create>
);
