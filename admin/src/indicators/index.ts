import Icon from '@mui/icons-material/Insights';
import { IndicatorCreate } from './IndicatorCreate';
import { IndicatorEdit } from './IndicatorEdit';
import { IndicatorList } from './IndicatorList';
import { IndicatorShow } from './IndicatorShow';
export default { name: 'indicators', list: IndicatorList, edit: IndicatorEdit, create: IndicatorCreate, show: IndicatorShow, icon: Icon, recordRepresentation: 'name' };
