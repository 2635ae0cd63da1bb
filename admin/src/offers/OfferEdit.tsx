import { SimpleForm, TopToolbar, ShowButton } from 'react-admin';
import { offer } from '../../../shared/schemas/offer';
import { AppEdit } from '../common/AppEdit';
import { StaleBadge, StillCurrentButton } from '../common/OfferBits';
import { zodResolver } from '../common/zodResolver';
import { OfferInputs } from './OfferInputs';
export const OfferEdit = () => (
  <AppEdit actions={<TopToolbar><StaleBadge /><StillCurrentButton /><ShowButton /></TopToolbar>}>
    <SimpleForm resolver={zodResolver(offer.update)}><OfferInputs /></SimpleForm>
  </AppEdit>
);
