import Icon from '@mui/icons-material/Campaign';
import { lazyPage } from '../common/lazyPage';
const ActivityCreate = lazyPage(() => import('./ActivityCreate'), 'ActivityCreate');
const ActivityEdit = lazyPage(() => import('./ActivityEdit'), 'ActivityEdit');
const ActivityList = lazyPage(() => import('./ActivityList'), 'ActivityList');
const ActivityShow = lazyPage(() => import('./ActivityShow'), 'ActivityShow');
export default { name: 'activities', list: ActivityList, edit: ActivityEdit, create: ActivityCreate, show: ActivityShow, icon: Icon, recordRepresentation: 'title' };
