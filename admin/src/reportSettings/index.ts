import { lazyPage } from '../common/lazyPage';
const ReportSettingsEdit = lazyPage(() => import('./ReportSettingsEdit'), 'ReportSettingsEdit');
/** A single record (id `default`), reached from the report list; no list, create or show of its own. */
export default { name: 'report-settings', edit: ReportSettingsEdit };
