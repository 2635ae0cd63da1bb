import Icon from '@mui/icons-material/Checklist';
import { measure } from '../../../shared/schemas/workPlan';
import { simpleResource } from '../common/simpleResource';
import { lazyPage } from '../common/lazyPage';
const MeasureInputs = lazyPage(() => import('./MeasureInputs'), 'MeasureInputs');
// Measures are listed on their work plan's page; saving one returns there.
const toPlan = (_resource?: string, _id?: unknown, data?: any) => `work-plans/${data?.workPlanId}/show`;
export default { name: 'measures', ...simpleResource(measure, MeasureInputs, toPlan), icon: Icon, recordRepresentation: 'title' };
