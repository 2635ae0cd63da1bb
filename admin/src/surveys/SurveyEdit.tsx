/** A survey's edit page; its results are one click away (the show page). */
import ResultsIcon from '@mui/icons-material/BarChart';
import { ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { survey } from '../../../shared/schemas/survey';
import { AppEdit } from '../common/AppEdit';
import { SurveyInputs } from './SurveyInputs';
import { surveyResolver } from './surveyResolver';

const SurveyEditActions = () => (
  <TopToolbar>
    <ShowButton label="app.survey.results" icon={<ResultsIcon />} />
  </TopToolbar>
);

export const SurveyEdit = () => (
  <AppEdit actions={<SurveyEditActions />} redirect="show">
    <SimpleForm resolver={surveyResolver(survey.update)}>
      <SurveyInputs />
    </SimpleForm>
  </AppEdit>
);
