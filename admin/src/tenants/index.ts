import Icon from '@mui/icons-material/Domain';
import { lazyPage } from '../common/lazyPage';
const TenantList = lazyPage(() => import('./TenantList'), 'TenantList');
const TenantCreate = lazyPage(() => import('./TenantCreate'), 'TenantCreate');
const TenantOperationEdit = lazyPage(() => import('./TenantOperationEdit'), 'TenantOperationEdit');
/** The operator's registry of tenants (/v1/operator/tenants): the only resource the operator sees. */
export default { name: 'tenants', list: TenantList, create: TenantCreate, edit: TenantOperationEdit, icon: Icon, recordRepresentation: 'name' };
