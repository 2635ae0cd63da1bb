import Icon from '@mui/icons-material/People';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';
export default { name: 'users', list: UserList, edit: UserEdit, create: UserCreate, show: UserShow, icon: Icon, recordRepresentation: 'name' };
