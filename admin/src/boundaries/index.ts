import Icon from '@mui/icons-material/Map';
import { lazyPage } from '../common/lazyPage';
const BoundaryImport = lazyPage(() => import('./BoundaryImport'), 'BoundaryImport');
const BoundaryVersionList = lazyPage(() => import('./BoundaryVersionList'), 'BoundaryVersionList');
export default { name: 'boundary-versions', list: BoundaryVersionList, create: BoundaryImport, icon: Icon };
