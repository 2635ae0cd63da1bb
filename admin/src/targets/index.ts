import Icon from '@mui/icons-material/TrackChanges';
import { lazyPage } from '../common/lazyPage';
const TargetCreate = lazyPage(() => import('./TargetCreate'), 'TargetCreate');
const TargetEdit = lazyPage(() => import('./TargetEdit'), 'TargetEdit');
const TargetList = lazyPage(() => import('./TargetList'), 'TargetList');
const TargetShow = lazyPage(() => import('./TargetShow'), 'TargetShow');
export default { name: 'targets', list: TargetList, edit: TargetEdit, create: TargetCreate, show: TargetShow, icon: Icon };
