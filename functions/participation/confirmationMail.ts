/**
 * The confirmation mail of a double opt-in (sign-ups, room requests): without it the record could
 * never be confirmed, so when it cannot be sent nothing is kept, and the resident is told so (503).
 */
import type { EntityDef, Item } from '../../shared/entities.ts';
import { HttpProblem } from '../http/problem.ts';
import type { Call } from '../http/types.ts';

export async function sendOrForget(call: Call, def: EntityDef, created: Item & { id: string; version: number }, send: () => Promise<unknown>, pointer: string): Promise<void> {
  try {
    await send();
  } catch {
    await call.deps.repo.delete(def, created.id, created.version, { actor: `system:${def.resource}`, current: created }).catch(() => undefined);
    throw new HttpProblem(503, 'Service Unavailable', 'The confirmation e-mail could not be sent', { errors: [{ pointer, detail: 'Die E-Mail zur Bestätigung konnte nicht gesendet werden. Bitte versuchen Sie es später noch einmal.' }] });
  }
}
