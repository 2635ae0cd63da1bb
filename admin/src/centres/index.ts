import Icon from '@mui/icons-material/Storefront';
import { lazyPage } from '../common/lazyPage';
const CentreCreate = lazyPage(() => import('./CentreCreate'), 'CentreCreate');
const CentreEdit = lazyPage(() => import('./CentreEdit'), 'CentreEdit');
const CentreList = lazyPage(() => import('./CentreList'), 'CentreList');
const CentreShow = lazyPage(() => import('./CentreShow'), 'CentreShow');
export default { name: 'centres', list: CentreList, edit: CentreEdit, create: CentreCreate, show: CentreShow, icon: Icon, recordRepresentation: 'name' };
