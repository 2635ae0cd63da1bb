import { SimpleForm, TopToolbar, ShowButton } from 'react-admin';
import type { Resolver } from 'react-hook-form';
import { offer } from '../../../shared/schemas/offer';
import { AppEdit } from '../common/AppEdit';
import { StaleBadge, StillCurrentButton } from '../common/OfferBits';
import { zodResolver } from '../common/zodResolver';
import { OfferInputs } from './OfferInputs';
import { tidyTranslations } from '../common/translations/state';
import { TranslationsSection } from '../common/translations/TranslationsSection';

// The translations are validated and saved as the API takes them (no gaps in the schedules' notes, no empty languages).
const validate = zodResolver(offer.update);
const resolver: Resolver = (values, context, options) => validate(tidyTranslations(values), context, options);

export const OfferEdit = () => (
  <AppEdit actions={<TopToolbar><StaleBadge /><StillCurrentButton /><ShowButton /></TopToolbar>} transform={(values: any) => tidyTranslations(values)}>
    <SimpleForm resolver={resolver}>
      <OfferInputs />
      <TranslationsSection />
    </SimpleForm>
  </AppEdit>
);
