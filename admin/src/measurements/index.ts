import Icon from '@mui/icons-material/Straighten';
import { MeasurementCreate } from './MeasurementCreate';
import { MeasurementEdit } from './MeasurementEdit';
import { MeasurementList } from './MeasurementList';
import { MeasurementShow } from './MeasurementShow';
export default { name: 'measurements', list: MeasurementList, edit: MeasurementEdit, create: MeasurementCreate, show: MeasurementShow, icon: Icon };
