/**
 * Report settings (admin-managed): which roles receive which report, and who else receives the
 * city-wide one. Users of a `cityWide` role get the report of all social spaces; users of an
 * `ownSpaces` role get the same report filtered to the social spaces of that role's assignment.
 */
import * as z from 'zod';
import { Email, entitySchemas } from './common.ts';
import { Role } from './user.ts';

export const reportSettings = entitySchemas({
  extraRecipients: z.array(Email).max(50).default([]),
  cityWideRoles: z.array(Role).max(5).default(['leadership']),
  ownSpacesRoles: z.array(Role).max(5).default(['coordination']),
});
export type ReportSettings = z.infer<typeof reportSettings.entity>;
export { REPORT_SETTINGS_ID } from './values.ts';
/** What applies before an admin first saves the settings. */
export const DEFAULT_REPORT_SETTINGS = reportSettings.input.parse({}) as Pick<ReportSettings, 'extraRecipients' | 'cityWideRoles' | 'ownSpacesRoles'>;
