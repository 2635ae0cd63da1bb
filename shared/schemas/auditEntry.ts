/** Audit entry: who changed what and when. Written in the same transaction as the change. */
import * as z from 'zod';

export const AuditAction = z.enum(['create', 'update', 'delete']);
import { Id, IsoDateTime } from './common.ts';

export const AuditEntry = z.object({
  id: Id,
  entityType: z.string(),
  entityId: z.string(),
  action: AuditAction,
  actor: z.string(),
  at: IsoDateTime,
  /** Resulting version of the entity (the deleted version for deletes). */
  version: z.number().int(),
  /** Where the change came from besides the actor: `import:<file> row 14` for a spreadsheet import. */
  via: z.string().optional(),
  /** Changed top-level fields, with values before and after. */
  changes: z.record(z.string(), z.object({ from: z.unknown().optional(), to: z.unknown().optional() })),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
