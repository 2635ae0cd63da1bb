import Icon from '@mui/icons-material/ReportProblem';
import { need } from '../../../shared/schemas/need';
import { simpleResource } from '../common/simpleResource';
import { lazyPage } from '../common/lazyPage';
const NeedInputs = lazyPage(() => import('./NeedInputs'), 'NeedInputs');
const NeedList = lazyPage(() => import('./NeedList'), 'NeedList');
const NeedShow = lazyPage(() => import('./NeedShow'), 'NeedShow');
export default { name: 'needs', list: NeedList, show: NeedShow, ...simpleResource(need, NeedInputs), icon: Icon, recordRepresentation: 'title' };
