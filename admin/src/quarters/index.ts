import Icon from '@mui/icons-material/HolidayVillage';
import { QuarterCreate } from './QuarterCreate';
import { QuarterEdit } from './QuarterEdit';
import { QuarterList } from './QuarterList';
import { QuarterShow } from './QuarterShow';
export default { name: 'quarters', list: QuarterList, edit: QuarterEdit, create: QuarterCreate, show: QuarterShow, icon: Icon, recordRepresentation: 'name' };
