/** User: a clerk who signs in with Cognito, with role assignments scoped to social spaces. */
import { z } from 'zod';
import { entitySchemas, Id, NonEmpty } from './common.ts';

export const Role = z.enum(['admin', 'leadership', 'coordination', 'neighbourhood-management', 'prevention']);
export type Role = z.infer<typeof Role>;

export const RoleAssignment = z.strictObject({
  role: Role,
  /** Social spaces the role covers. Ignored for admin and leadership, who see the whole city. */
  socialSpaceIds: z.array(Id).max(9).default([]),
});

export const user = entitySchemas({
  email: z.email().overwrite((e) => e.toLowerCase()),
  name: NonEmpty(200),
  active: z.boolean().default(true),
  assignments: z.array(RoleAssignment).max(10).default([]),
  /** Leadership users receive the monthly goal report unless they opt out. */
  receivesReport: z.boolean().default(true),
});
export type User = z.infer<typeof user.entity>;
