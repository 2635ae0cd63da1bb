import Icon from '@mui/icons-material/Insights';
import { lazyPage } from '../common/lazyPage';
const IndicatorCreate = lazyPage(() => import('./IndicatorCreate'), 'IndicatorCreate');
const IndicatorEdit = lazyPage(() => import('./IndicatorEdit'), 'IndicatorEdit');
const IndicatorList = lazyPage(() => import('./IndicatorList'), 'IndicatorList');
const IndicatorShow = lazyPage(() => import('./IndicatorShow'), 'IndicatorShow');
export default { name: 'indicators', list: IndicatorList, edit: IndicatorEdit, create: IndicatorCreate, show: IndicatorShow, icon: Icon, recordRepresentation: 'name' };
