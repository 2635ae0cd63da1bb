import Icon from '@mui/icons-material/Flag';
import { GoalCreate } from './GoalCreate';
import { GoalEdit } from './GoalEdit';
import { GoalList } from './GoalList';
import { GoalShow } from './GoalShow';
export default { name: 'goals', list: GoalList, edit: GoalEdit, create: GoalCreate, show: GoalShow, icon: Icon, recordRepresentation: (r: any) => `Ziel ${r.number}` };
