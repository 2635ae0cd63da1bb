import Icon from '@mui/icons-material/WrongLocation';
import { LocationMismatchList } from './LocationMismatchList';
export default { name: 'location-mismatches', list: LocationMismatchList, icon: Icon };
