/** An idea read-only (leadership reads ideas city-wide but does not answer them). */
import { DateField, EditButton, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ideaStatusChoices, moderationChoices } from './choices';
import { IdeaActions } from './IdeaActions';
import { ideaFacts } from './IdeaFacts';

export const IdeaShow = () => (
  <Show actions={<IdeaActions><EditButton /></IdeaActions>}>
    <SimpleShowLayout>
      {ideaFacts()}
      <SelectField source="moderation" choices={moderationChoices} />
      <TextField source="rejectionReason" emptyText="–" />
      <SelectField source="status" choices={ideaStatusChoices} />
      <TextField source="answer" emptyText="–" sx={{ whiteSpace: 'pre-wrap' }} />
      <ReferenceField source="duplicateOf" reference="ideas" emptyText="–" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
