import Icon from '@mui/icons-material/EventAvailable';
import { workPlan } from '../../../shared/schemas/workPlan';
import { simpleResource } from '../common/simpleResource';
import { WorkPlanInputs } from './WorkPlanInputs';
import { WorkPlanList } from './WorkPlanList';
import { WorkPlanShow } from './WorkPlanShow';
export default { name: 'work-plans', list: WorkPlanList, show: WorkPlanShow, ...simpleResource(workPlan, WorkPlanInputs), icon: Icon, recordRepresentation: (r: any) => `${r.year}` };
