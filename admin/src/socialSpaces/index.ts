import Icon from '@mui/icons-material/Diversity3';
import { lazyPage } from '../common/lazyPage';
const SocialSpaceCreate = lazyPage(() => import('./SocialSpaceCreate'), 'SocialSpaceCreate');
const SocialSpaceEdit = lazyPage(() => import('./SocialSpaceEdit'), 'SocialSpaceEdit');
const SocialSpaceList = lazyPage(() => import('./SocialSpaceList'), 'SocialSpaceList');
const SocialSpaceShow = lazyPage(() => import('./SocialSpaceShow'), 'SocialSpaceShow');
export default { name: 'social-spaces', list: SocialSpaceList, edit: SocialSpaceEdit, create: SocialSpaceCreate, show: SocialSpaceShow, icon: Icon, recordRepresentation: 'name' };
