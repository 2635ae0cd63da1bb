import Icon from '@mui/icons-material/EventNote';
import { MeetingCreate } from './MeetingCreate';
import { MeetingEdit } from './MeetingEdit';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';
export default { name: 'meetings', list: MeetingList, edit: MeetingEdit, create: MeetingCreate, show: MeetingShow, icon: Icon, recordRepresentation: 'date' };
