/**
 * Bezirksvertretungen: the district councils with their office and sessions; admins keep them, every
 * clerk reads them and opens the district report of a session (shared/schemas/council.ts). Every page
 * loads with its first showing.
 */
import Icon from '@mui/icons-material/AccountBalance';
import { lazyPage } from '../common/lazyPage';
const CouncilCreate = lazyPage(() => import('./CouncilCreate'), 'CouncilCreate');
const CouncilEdit = lazyPage(() => import('./CouncilEdit'), 'CouncilEdit');
const CouncilList = lazyPage(() => import('./CouncilList'), 'CouncilList');
const CouncilShow = lazyPage(() => import('./CouncilShow'), 'CouncilShow');
export default { name: 'councils', list: CouncilList, edit: CouncilEdit, create: CouncilCreate, show: CouncilShow, icon: Icon, recordRepresentation: 'name' };
