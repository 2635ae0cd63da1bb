/** A new survey, a draft until staff publish it; saving leads on to its edit page. */
import { Create, SimpleForm } from 'react-admin';
import { survey } from '../../../shared/schemas/survey';
import { SurveyInputs } from './SurveyInputs';
import { surveyResolver } from './surveyResolver';

export const SurveyCreate = () => (
  <Create redirect="edit">
    <SimpleForm resolver={surveyResolver(survey.input)}>
      <SurveyInputs />
    </SimpleForm>
  </Create>
);
