import Icon from '@mui/icons-material/ReportProblem';
import { need } from '../../../shared/schemas/need';
import { simpleResource } from '../common/simpleResource';
import { NeedInputs } from './NeedInputs';
import { NeedList } from './NeedList';
import { NeedShow } from './NeedShow';
export default { name: 'needs', list: NeedList, show: NeedShow, ...simpleResource(need, NeedInputs), icon: Icon, recordRepresentation: 'title' };
