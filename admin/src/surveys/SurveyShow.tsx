/** A survey read-only with its results: where the list leads, for every clerk (leadership reads city-wide). */
import { BooleanField, DateField, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { surveyStatusChoices } from './choices';
import { ResultsSection } from './ResultsSection';

export const SurveyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <ReferenceField source="quarterId" reference="quarters" emptyText="–" />
      <DateField source="opensOn" />
      <DateField source="closesOn" />
      <SelectField source="status" choices={surveyStatusChoices} />
      <BooleanField source="publishResults" />
      <NumberField source="responses" />
      <TextField source="intro" emptyText="–" sx={{ whiteSpace: 'pre-wrap' }} />
    </SimpleShowLayout>
    <ResultsSection />
  </Show>
);
