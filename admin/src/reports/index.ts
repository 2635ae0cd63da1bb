import Icon from '@mui/icons-material/Summarize';
import { ReportCreate } from './ReportCreate';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';
export default { name: 'reports', list: ReportList, create: ReportCreate, show: ReportShow, icon: Icon };
