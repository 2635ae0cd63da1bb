import { ReportSettingsEdit } from './ReportSettingsEdit';
/** A single record (id `default`), reached from the report list; no list, create or show of its own. */
export default { name: 'report-settings', edit: ReportSettingsEdit };
