/** Where staff handle an idea: the resident's words read-only, then release or rejection, stand, answer, duplicate. */
import { Labeled, ShowButton, SimpleForm } from 'react-admin';
import { idea } from '../../../shared/schemas/idea';
import { AppEdit } from '../common/AppEdit';
import { IdeaActions } from './IdeaActions';
import { ideaFacts } from './IdeaFacts';
import { dropStaleReason, IdeaInputs } from './IdeaInputs';
import { ideaResolver } from './ideaResolver';

export const IdeaEdit = () => (
  <AppEdit actions={<IdeaActions><ShowButton /></IdeaActions>} transform={dropStaleReason}>
    <SimpleForm resolver={ideaResolver(idea.update)}>
      {ideaFacts().map((field) => <Labeled key={field.key}>{field}</Labeled>)}
      <IdeaInputs />
    </SimpleForm>
  </AppEdit>
);
