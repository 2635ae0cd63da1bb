import Icon from '@mui/icons-material/Campaign';
import { ActivityCreate } from './ActivityCreate';
import { ActivityEdit } from './ActivityEdit';
import { ActivityList } from './ActivityList';
import { ActivityShow } from './ActivityShow';
export default { name: 'activities', list: ActivityList, edit: ActivityEdit, create: ActivityCreate, show: ActivityShow, icon: Icon, recordRepresentation: 'title' };
