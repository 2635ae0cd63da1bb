import { Create, SimpleForm } from 'react-admin';
import { socialSpace } from '../../../shared/schemas/socialSpace';
import { zodResolver } from '../common/zodResolver';
import { SocialSpaceInputs } from './SocialSpaceInputs';
export const SocialSpaceCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(socialSpace.input)}>
      <SocialSpaceInputs />
    </SimpleForm>
  </Create>
);
