import { Create, SimpleForm } from 'react-admin';
import { council } from '../../../shared/schemas/council';
import { zodResolver } from '../common/zodResolver';
import { CouncilInputs } from './CouncilInputs';
export const CouncilCreate = () => (
  <Create redirect="show">
    <SimpleForm resolver={zodResolver(council.input)}><CouncilInputs /></SimpleForm>
  </Create>
);
