import Icon from '@mui/icons-material/Map';
import { DistrictCreate } from './DistrictCreate';
import { DistrictEdit } from './DistrictEdit';
import { DistrictList } from './DistrictList';
import { DistrictShow } from './DistrictShow';
export default { name: 'districts', list: DistrictList, edit: DistrictEdit, create: DistrictCreate, show: DistrictShow, icon: Icon, recordRepresentation: 'name' };
