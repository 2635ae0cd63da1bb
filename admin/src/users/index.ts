import Icon from '@mui/icons-material/People';
import { lazyPage } from '../common/lazyPage';
const UserCreate = lazyPage(() => import('./UserCreate'), 'UserCreate');
const UserEdit = lazyPage(() => import('./UserEdit'), 'UserEdit');
const UserList = lazyPage(() => import('./UserList'), 'UserList');
const UserShow = lazyPage(() => import('./UserShow'), 'UserShow');
export default { name: 'users', list: UserList, edit: UserEdit, create: UserCreate, show: UserShow, icon: Icon, recordRepresentation: 'name' };
