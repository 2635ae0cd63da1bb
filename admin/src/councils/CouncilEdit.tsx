import { SimpleForm } from 'react-admin';
import { council } from '../../../shared/schemas/council';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { CouncilInputs } from './CouncilInputs';
export const CouncilEdit = () => (
  <AppEdit redirect="show">
    <SimpleForm resolver={zodResolver(council.update)}><CouncilInputs /></SimpleForm>
  </AppEdit>
);
