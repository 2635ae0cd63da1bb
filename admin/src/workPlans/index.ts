import Icon from '@mui/icons-material/EventAvailable';
import { workPlan } from '../../../shared/schemas/workPlan';
import { simpleResource } from '../common/simpleResource';
import { lazyPage } from '../common/lazyPage';
const WorkPlanInputs = lazyPage(() => import('./WorkPlanInputs'), 'WorkPlanInputs');
const WorkPlanList = lazyPage(() => import('./WorkPlanList'), 'WorkPlanList');
const WorkPlanShow = lazyPage(() => import('./WorkPlanShow'), 'WorkPlanShow');
export default { name: 'work-plans', list: WorkPlanList, show: WorkPlanShow, ...simpleResource(workPlan, WorkPlanInputs), icon: Icon, recordRepresentation: (r: any) => `${r.year}` };
