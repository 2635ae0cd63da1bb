/** Report settings (admin-managed): who receives the monthly report besides leadership users. */
import { z } from 'zod';
import { Email, entitySchemas } from './common.ts';

export const reportSettings = entitySchemas({
  extraRecipients: z.array(Email).max(50).default([]),
});
export type ReportSettings = z.infer<typeof reportSettings.entity>;
export const REPORT_SETTINGS_ID = 'default';
