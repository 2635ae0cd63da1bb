import Icon from '@mui/icons-material/ReceiptLong';
import { expense } from '../../../shared/schemas/budget';
import { simpleResource } from '../common/simpleResource';
import { lazyPage } from '../common/lazyPage';
const ExpenseInputs = lazyPage(() => import('./ExpenseInputs'), 'ExpenseInputs');
const ExpenseList = lazyPage(() => import('./ExpenseList'), 'ExpenseList');
export default { name: 'expenses', list: ExpenseList, ...simpleResource(expense, ExpenseInputs, 'list'), icon: Icon, recordRepresentation: 'purpose' };
