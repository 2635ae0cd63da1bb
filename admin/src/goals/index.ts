import Icon from '@mui/icons-material/Flag';
import { lazyPage } from '../common/lazyPage';
const GoalCreate = lazyPage(() => import('./GoalCreate'), 'GoalCreate');
const GoalEdit = lazyPage(() => import('./GoalEdit'), 'GoalEdit');
const GoalList = lazyPage(() => import('./GoalList'), 'GoalList');
const GoalShow = lazyPage(() => import('./GoalShow'), 'GoalShow');
export default { name: 'goals', list: GoalList, edit: GoalEdit, create: GoalCreate, show: GoalShow, icon: Icon, recordRepresentation: (r: any) => `Ziel ${r.number}` };
