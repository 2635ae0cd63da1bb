/**
 * Planning areas (Planungsräume): the level between social space and quarter, for a tenant whose
 * spatial levels include it (the menu shows them only then: authProvider.canAccess).
 */
import Icon from '@mui/icons-material/GridView';
import { planningArea } from '../../../shared/schemas/planningArea';
import { lazyPage } from '../common/lazyPage';
import { simpleResource } from '../common/simpleResource';
const PlanningAreaInputs = lazyPage(() => import('./PlanningAreaInputs'), 'PlanningAreaInputs');
const PlanningAreaList = lazyPage(() => import('./PlanningAreaList'), 'PlanningAreaList');
const PlanningAreaShow = lazyPage(() => import('./PlanningAreaShow'), 'PlanningAreaShow');
export default { name: 'planning-areas', list: PlanningAreaList, show: PlanningAreaShow, ...simpleResource(planningArea, PlanningAreaInputs), icon: Icon, recordRepresentation: 'name' };
