import { Create, SimpleForm } from 'react-admin';
import { offer } from '../../../shared/schemas/offer';
import { zodResolver } from '../common/zodResolver';
import { OfferInputs } from './OfferInputs';
export const OfferCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(offer.input)}><OfferInputs /></SimpleForm>
  </Create>
);
