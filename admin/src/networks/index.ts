import Icon from '@mui/icons-material/Hub';
import { NetworkCreate } from './NetworkCreate';
import { NetworkEdit } from './NetworkEdit';
import { NetworkList } from './NetworkList';
import { NetworkShow } from './NetworkShow';
export default { name: 'networks', list: NetworkList, edit: NetworkEdit, create: NetworkCreate, show: NetworkShow, icon: Icon, recordRepresentation: 'name' };
