/**
 * Staff record an idea that came by phone, letter or in person. Contact data cannot be stored this
 * way (they are not part of the record); the text must not carry them either, as it becomes public on release.
 */
import { Create, ReferenceInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { idea } from '../../../shared/schemas/idea';
import { QuarterInput } from '../common/QuarterInput';
import { dropStaleReason, IdeaInputs } from './IdeaInputs';
import { ideaResolver } from './ideaResolver';
import { TargetGroupsInput, ThemeInput } from '../tenant/VocabularyInputs';

export const IdeaCreate = () => (
  <Create redirect="edit" transform={dropStaleReason}>
    <SimpleForm resolver={ideaResolver(idea.input)}>
      <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
      <QuarterInput />
      <ThemeInput source="theme" />
      <TargetGroupsInput source="targetGroups" />
      <TextInput source="text" multiline fullWidth helperText="app.idea.text_help" />
      <IdeaInputs />
    </SimpleForm>
  </Create>
);
