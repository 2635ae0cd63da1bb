import { SimpleForm } from 'react-admin';
import { district } from '../../../shared/schemas/district';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { DistrictInputs } from './DistrictInputs';
export const DistrictEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(district.update)}>
      <DistrictInputs />
    </SimpleForm>
  </AppEdit>
);
