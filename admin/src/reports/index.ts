import Icon from '@mui/icons-material/Summarize';
import { lazyPage } from '../common/lazyPage';
const ReportCreate = lazyPage(() => import('./ReportCreate'), 'ReportCreate');
const ReportList = lazyPage(() => import('./ReportList'), 'ReportList');
const ReportShow = lazyPage(() => import('./ReportShow'), 'ReportShow');
export default { name: 'reports', list: ReportList, create: ReportCreate, show: ReportShow, icon: Icon };
