import Icon from '@mui/icons-material/Diversity3';
import { SocialSpaceCreate } from './SocialSpaceCreate';
import { SocialSpaceEdit } from './SocialSpaceEdit';
import { SocialSpaceList } from './SocialSpaceList';
import { SocialSpaceShow } from './SocialSpaceShow';
export default { name: 'social-spaces', list: SocialSpaceList, edit: SocialSpaceEdit, create: SocialSpaceCreate, show: SocialSpaceShow, icon: Icon, recordRepresentation: 'name' };
