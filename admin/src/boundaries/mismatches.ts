import Icon from '@mui/icons-material/WrongLocation';
import { lazyPage } from '../common/lazyPage';
const LocationMismatchList = lazyPage(() => import('./LocationMismatchList'), 'LocationMismatchList');
export default { name: 'location-mismatches', list: LocationMismatchList, icon: Icon };
