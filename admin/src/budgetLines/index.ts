import Icon from '@mui/icons-material/AccountBalanceWallet';
import { budgetLine } from '../../../shared/schemas/budget';
import { simpleResource } from '../common/simpleResource';
import { BudgetLineInputs } from './BudgetLineInputs';
import { BudgetLineList } from './BudgetLineList';
import { BudgetLineShow } from './BudgetLineShow';
export default { name: 'budget-lines', list: BudgetLineList, show: BudgetLineShow, ...simpleResource(budgetLine, BudgetLineInputs), icon: Icon, recordRepresentation: 'label' };
