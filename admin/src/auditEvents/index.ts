import Icon from '@mui/icons-material/History';
import { lazyPage } from '../common/lazyPage';
const AuditEventList = lazyPage(() => import('./AuditEventList'), 'AuditEventList');
/** Audit events are read-only: a list only (no edit, create or show). */
export default { name: 'audit-events', list: AuditEventList, icon: Icon };
