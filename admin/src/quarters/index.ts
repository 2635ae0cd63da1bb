import Icon from '@mui/icons-material/HolidayVillage';
import { lazyPage } from '../common/lazyPage';
const QuarterCreate = lazyPage(() => import('./QuarterCreate'), 'QuarterCreate');
const QuarterEdit = lazyPage(() => import('./QuarterEdit'), 'QuarterEdit');
const QuarterList = lazyPage(() => import('./QuarterList'), 'QuarterList');
const QuarterShow = lazyPage(() => import('./QuarterShow'), 'QuarterShow');
export default { name: 'quarters', list: QuarterList, edit: QuarterEdit, create: QuarterCreate, show: QuarterShow, icon: Icon, recordRepresentation: 'name' };
