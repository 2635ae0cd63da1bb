import Icon from '@mui/icons-material/Key';
import { lazyPage } from '../common/lazyPage';
const ApiKeyCreate = lazyPage(() => import('./ApiKeyCreate'), 'ApiKeyCreate');
const ApiKeyList = lazyPage(() => import('./ApiKeyList'), 'ApiKeyList');
const ApiKeyShow = lazyPage(() => import('./ApiKeyShow'), 'ApiKeyShow');
export default { name: 'api-keys', list: ApiKeyList, create: ApiKeyCreate, show: ApiKeyShow, icon: Icon, recordRepresentation: 'name' };
