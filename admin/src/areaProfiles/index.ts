/**
 * Öffentliche Profile: what the staff of a social space (or of one of its quarters) tell the public
 * about it. Edited as a draft, previewed, and published as a versioned copy (shared/schemas/areaProfile.ts).
 * Every page loads with its first showing, not with the admin.
 */
import Icon from '@mui/icons-material/Campaign';
import { lazyPage } from '../common/lazyPage';
const AreaProfileCreate = lazyPage(() => import('./AreaProfileCreate'), 'AreaProfileCreate');
const AreaProfileEdit = lazyPage(() => import('./AreaProfileEdit'), 'AreaProfileEdit');
const AreaProfileList = lazyPage(() => import('./AreaProfileList'), 'AreaProfileList');
const AreaProfileShow = lazyPage(() => import('./AreaProfileShow'), 'AreaProfileShow');
// A profile has no name of its own: its quarter's or space's id stands for it where a reference shows it.
const representation = (r: { quarterId?: string; socialSpaceId?: string }) => r.quarterId ?? r.socialSpaceId ?? '';
export default { name: 'area-profiles', list: AreaProfileList, edit: AreaProfileEdit, create: AreaProfileCreate, show: AreaProfileShow, icon: Icon, recordRepresentation: representation };
