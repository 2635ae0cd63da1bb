import Icon from '@mui/icons-material/EventNote';
import { lazyPage } from '../common/lazyPage';
const MeetingCreate = lazyPage(() => import('./MeetingCreate'), 'MeetingCreate');
const MeetingEdit = lazyPage(() => import('./MeetingEdit'), 'MeetingEdit');
const MeetingList = lazyPage(() => import('./MeetingList'), 'MeetingList');
const MeetingShow = lazyPage(() => import('./MeetingShow'), 'MeetingShow');
export default { name: 'meetings', list: MeetingList, edit: MeetingEdit, create: MeetingCreate, show: MeetingShow, icon: Icon, recordRepresentation: 'date' };
