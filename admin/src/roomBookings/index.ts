import Icon from '@mui/icons-material/EventAvailable';
import { lazyPage } from '../common/lazyPage';
const RoomBookingEdit = lazyPage(() => import('./RoomBookingEdit'), 'RoomBookingEdit');
const RoomBookingList = lazyPage(() => import('./RoomBookingList'), 'RoomBookingList');
const RoomBookingShow = lazyPage(() => import('./RoomBookingShow'), 'RoomBookingShow');
export default { name: 'room-bookings', list: RoomBookingList, edit: RoomBookingEdit, show: RoomBookingShow, icon: Icon, recordRepresentation: 'purpose' };
