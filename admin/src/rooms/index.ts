import Icon from '@mui/icons-material/MeetingRoom';
import { lazyPage } from '../common/lazyPage';
const RoomCreate = lazyPage(() => import('./RoomCreate'), 'RoomCreate');
const RoomEdit = lazyPage(() => import('./RoomEdit'), 'RoomEdit');
const RoomList = lazyPage(() => import('./RoomList'), 'RoomList');
export default { name: 'rooms', list: RoomList, edit: RoomEdit, create: RoomCreate, icon: Icon, recordRepresentation: 'name' };
