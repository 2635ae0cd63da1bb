import Icon from '@mui/icons-material/History';
import { AuditEventList } from './AuditEventList';
/** Audit events are read-only: a list only (no edit, create or show). */
export default { name: 'audit-events', list: AuditEventList, icon: Icon };
