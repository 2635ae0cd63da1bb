import Icon from '@mui/icons-material/Poll';
import { lazyPage } from '../common/lazyPage';
const SurveyCreate = lazyPage(() => import('./SurveyCreate'), 'SurveyCreate');
const SurveyEdit = lazyPage(() => import('./SurveyEdit'), 'SurveyEdit');
const SurveyList = lazyPage(() => import('./SurveyList'), 'SurveyList');
const SurveyShow = lazyPage(() => import('./SurveyShow'), 'SurveyShow');
export default { name: 'surveys', list: SurveyList, edit: SurveyEdit, create: SurveyCreate, show: SurveyShow, icon: Icon, recordRepresentation: 'title' };
