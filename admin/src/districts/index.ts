import Icon from '@mui/icons-material/Map';
import { lazyPage } from '../common/lazyPage';
const DistrictCreate = lazyPage(() => import('./DistrictCreate'), 'DistrictCreate');
const DistrictEdit = lazyPage(() => import('./DistrictEdit'), 'DistrictEdit');
const DistrictList = lazyPage(() => import('./DistrictList'), 'DistrictList');
const DistrictShow = lazyPage(() => import('./DistrictShow'), 'DistrictShow');
export default { name: 'districts', list: DistrictList, edit: DistrictEdit, create: DistrictCreate, show: DistrictShow, icon: Icon, recordRepresentation: 'name' };
