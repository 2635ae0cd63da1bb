/** What an audit entry records: an entity's own fields, and which of them changed from what to what. */
import type { AuditEntry } from '../schemas/auditEntry.ts';
import { INTERNAL_ATTRIBUTES } from './keys.ts';
import type { Item } from '../entities.ts';


/** Fields every entity carries that the server owns (never part of a change a client makes). */
export const META_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy']);

/** Strips storage attributes so only the entity's own fields leave the repository. */
export function toEntity(item: Item): Item {
  const out = { ...item };
  for (const k of INTERNAL_ATTRIBUTES) delete out[k];
  return out;
}

export function stripMeta(e: Item): Item {
  return Object.fromEntries(Object.entries(toEntity(e)).filter(([k]) => !META_FIELDS.has(k)));
}

/** Top-level fields whose value differs, with before and after. */
export function diff(before: Item, after: Item): AuditEntry['changes'] {
  const out: AuditEntry['changes'] = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (META_FIELDS.has(k) && k !== 'id') continue;
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[k] = { from: before[k], to: after[k] };
  }
  return out;
}
