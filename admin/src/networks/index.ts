import Icon from '@mui/icons-material/Hub';
import { lazyPage } from '../common/lazyPage';
const NetworkCreate = lazyPage(() => import('./NetworkCreate'), 'NetworkCreate');
const NetworkEdit = lazyPage(() => import('./NetworkEdit'), 'NetworkEdit');
const NetworkList = lazyPage(() => import('./NetworkList'), 'NetworkList');
const NetworkShow = lazyPage(() => import('./NetworkShow'), 'NetworkShow');
export default { name: 'networks', list: NetworkList, edit: NetworkEdit, create: NetworkCreate, show: NetworkShow, icon: Icon, recordRepresentation: 'name' };
