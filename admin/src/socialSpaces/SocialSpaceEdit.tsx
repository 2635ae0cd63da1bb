import { SimpleForm } from 'react-admin';
import { socialSpace } from '../../../shared/schemas/socialSpace';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { SocialSpaceInputs } from './SocialSpaceInputs';
export const SocialSpaceEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(socialSpace.update)}>
      <SocialSpaceInputs />
    </SimpleForm>
  </AppEdit>
);
