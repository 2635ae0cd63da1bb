import { Create, SimpleForm } from 'react-admin';
import { district } from '../../../shared/schemas/district';
import { zodResolver } from '../common/zodResolver';
import { DistrictInputs } from './DistrictInputs';
export const DistrictCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(district.input)}>
      <DistrictInputs />
    </SimpleForm>
  </Create>
);
