import Icon from '@mui/icons-material/Straighten';
import { lazyPage } from '../common/lazyPage';
const MeasurementCreate = lazyPage(() => import('./MeasurementCreate'), 'MeasurementCreate');
const MeasurementEdit = lazyPage(() => import('./MeasurementEdit'), 'MeasurementEdit');
const MeasurementList = lazyPage(() => import('./MeasurementList'), 'MeasurementList');
const MeasurementShow = lazyPage(() => import('./MeasurementShow'), 'MeasurementShow');
export default { name: 'measurements', list: MeasurementList, edit: MeasurementEdit, create: MeasurementCreate, show: MeasurementShow, icon: Icon };
