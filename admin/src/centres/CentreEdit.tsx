import { SimpleForm } from 'react-admin';
import type { Resolver } from 'react-hook-form';
import { centre } from '../../../shared/schemas/centre';
import { AppEdit } from '../common/AppEdit';
import { tidyTranslations } from '../common/translations/state';
import { TranslationsSection } from '../common/translations/TranslationsSection';
import { useTextRows } from '../common/translations/textRows';
import { zodResolver } from '../common/zodResolver';
import { CentreInputs } from './CentreInputs';

// The notes the public reads are translated like an offer's texts (shared/domain/staffTexts.ts).
const LISTS = { exceptionNotes: 'exceptions' };
const tidy = (values: any) => tidyTranslations(values, LISTS);
const validate = zodResolver(centre.update);
const resolver: Resolver = (values, context, options) => validate(tidy(values), context, options);
const useRows = () =>
  useTextRows(
    [
      { key: 'hoursNote', german: 'hoursNote', label: 'hoursNote', multiline: true },
      { key: 'appointmentNote', german: 'appointmentNote', label: 'appointmentNote', multiline: true },
      { key: 'closedNote', german: 'temporarilyClosed.note', label: 'closedNote', multiline: true },
      { key: 'accessibility', german: 'accessibility', label: 'accessibility', multiline: true },
    ],
    [{ key: 'exceptionNotes', of: 'exceptions', note: 'note', label: 'exceptionNote' }],
  );

export const CentreEdit = () => (
  <AppEdit transform={tidy}>
    <SimpleForm resolver={resolver}>
      <CentreInputs />
      <TranslationsSection useRows={useRows} target={{ resource: 'centres', machine: false }} />
    </SimpleForm>
  </AppEdit>
);
