import Icon from '@mui/icons-material/Storefront';
import { CentreCreate } from './CentreCreate';
import { CentreEdit } from './CentreEdit';
import { CentreList } from './CentreList';
import { CentreShow } from './CentreShow';
export default { name: 'centres', list: CentreList, edit: CentreEdit, create: CentreCreate, show: CentreShow, icon: Icon, recordRepresentation: 'name' };
