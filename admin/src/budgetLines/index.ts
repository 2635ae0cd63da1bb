import Icon from '@mui/icons-material/AccountBalanceWallet';
import { budgetLine } from '../../../shared/schemas/budget';
import { simpleResource } from '../common/simpleResource';
import { lazyPage } from '../common/lazyPage';
const BudgetLineInputs = lazyPage(() => import('./BudgetLineInputs'), 'BudgetLineInputs');
const BudgetLineList = lazyPage(() => import('./BudgetLineList'), 'BudgetLineList');
const BudgetLineShow = lazyPage(() => import('./BudgetLineShow'), 'BudgetLineShow');
export default { name: 'budget-lines', list: BudgetLineList, show: BudgetLineShow, ...simpleResource(budgetLine, BudgetLineInputs), icon: Icon, recordRepresentation: 'label' };
