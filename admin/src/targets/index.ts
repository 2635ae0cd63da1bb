import Icon from '@mui/icons-material/TrackChanges';
import { TargetCreate } from './TargetCreate';
import { TargetEdit } from './TargetEdit';
import { TargetList } from './TargetList';
import { TargetShow } from './TargetShow';
export default { name: 'targets', list: TargetList, edit: TargetEdit, create: TargetCreate, show: TargetShow, icon: Icon };
