import Icon from '@mui/icons-material/ReceiptLong';
import { expense } from '../../../shared/schemas/budget';
import { simpleResource } from '../common/simpleResource';
import { ExpenseInputs } from './ExpenseInputs';
import { ExpenseList } from './ExpenseList';
export default { name: 'expenses', list: ExpenseList, ...simpleResource(expense, ExpenseInputs, 'list'), icon: Icon, recordRepresentation: 'purpose' };
