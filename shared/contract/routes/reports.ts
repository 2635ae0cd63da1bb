/** Routes of the reports function: sending and reading the monthly goal report, and its settings; the district report for a council's session. */
import * as z from 'zod';
import { Month, ReportDetail, ReportOutcome, ReportSummary } from '../../schemas/report.ts';
import { reportSettings } from '../../schemas/reportSettings.ts';
import { API_BASE } from './groups.ts';
import { IdParams, ListQuery, type Route } from './route.ts';
import { IsoDate } from '../../schemas/common.ts';

/** Which session the district report is for: the next one from today when none is named. */
export const CouncilReportQuery = z.strictObject({ session: IsoDate.optional() });

export const ReportRequest = z.strictObject({
  month: Month.optional(),
  force: z.boolean().default(false),
});
const MonthParams = z.strictObject({ month: Month });

/** The report settings before their first save (version 0): the defaults, or the first body. */
const UnsavedReportSettings = (reportSettings.input as z.ZodObject).extend({ version: z.literal(0) });

export const routes: Route[] = [
  {
    method: 'GET', path: `${API_BASE}/councils/{id}/report`, fn: 'reports', operationId: 'getCouncilReport',
    summary: 'The district report for a council\'s session as printable HTML: published results, projects, needs raised, participation, offers by theme, and what was handed to the council and is still open', auth: 'clerk',
    permission: { resource: 'council-reports', action: 'read' }, params: IdParams, entity: 'council', query: CouncilReportQuery, produces: 'text/html',
  },
  {
    method: 'POST', path: `${API_BASE}/reports`, fn: 'reports', operationId: 'sendReport',
    summary: 'Compute and e-mail the monthly goal report (once per month; `force` sends again)', auth: 'clerk',
    permission: { resource: 'reports', action: 'create' }, body: ReportRequest, response: ReportOutcome, status: 201, alsoStatus: [200],
  },
  {
    method: 'GET', path: `${API_BASE}/reports`, fn: 'reports', operationId: 'listReports',
    summary: 'Sent reports (month, status, recipients)', auth: 'clerk', permission: { resource: 'reports', action: 'read' }, query: ListQuery, list: true, response: ReportSummary, filter: z.strictObject({}),
  },
  {
    method: 'GET', path: `${API_BASE}/reports/{month}`, fn: 'reports', operationId: 'getReport',
    summary: 'One report with its figures and HTML', auth: 'clerk', permission: { resource: 'reports', action: 'read' }, params: MonthParams, response: ReportDetail,
  },
  {
    method: 'GET', path: `${API_BASE}/report-settings/{id}`, fn: 'reports', operationId: 'getReportSettings',
    summary: 'Report settings (id `default`): extra recipients besides leadership', auth: 'clerk',
    permission: { resource: 'reports', action: 'read' }, params: IdParams,
    // Before the first save the settings exist only as their default, with version 0.
    response: reportSettings.entity.or(UnsavedReportSettings.extend({ id: z.literal('default') })),
  },
  {
    method: 'PUT', path: `${API_BASE}/report-settings/{id}`, fn: 'reports', operationId: 'updateReportSettings',
    summary: 'Change the report settings (send the version you read; 0 before the first save)', auth: 'clerk',
    permission: { resource: 'reports', action: 'update' }, params: IdParams,
    body: reportSettings.update.or(UnsavedReportSettings.extend({ id: z.string().optional() })),
    response: reportSettings.entity,
  },
];
