/**
 * Data subjects (GDPR Art. 15–17): how an e-mail address or phone number is recognised wherever it
 * is stored. One normal form per kind, and its SHA-256, which names the person's partition of access
 * pattern 30 (shared/db/keys.ts) without storing the value there.
 *
 * - e-mail: trimmed and lower-cased;
 * - phone: digits only, a leading `+` kept, `00` read as `+`, a German leading `0` as `+49`
 *   ("02381 17-1234", "+49 2381 171234" and "0049 2381 171234" are one number).
 */
import { createHash } from 'node:crypto';

export type SubjectKind = 'email' | 'phone';
export interface Subject {
  kind: SubjectKind;
  /** The normal form. */
  value: string;
}

/** Fewer digits than this is no phone number (a room number, "siehe Website"). */
const MIN_PHONE_DIGITS = 5;

export function normaliseEmail(raw: string): string | undefined {
  const v = raw.trim().toLowerCase();
  return v.includes('@') ? v : undefined;
}

export function normalisePhone(raw: string): string | undefined {
  // "+49 (0) 2381 …": the bracketed trunk zero is not dialled after a country code.
  const trimmed = raw.replace(/\(0\)/g, '').trim();
  let digits = trimmed.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS) return undefined;
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+49${digits.slice(1)}`;
  return digits;
}

export function normalise(kind: SubjectKind, raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  return kind === 'email' ? normaliseEmail(raw) : normalisePhone(raw);
}

/** The subject's hash: what pattern 30's partition is named by. */
export function subjectHash(subject: Subject): string {
  return createHash('sha256').update(`${subject.kind}:${subject.value}`).digest('hex');
}

/** The kind of value a field path holds, from its last segment (`contact.email`, `contacts[].phone`, `extraRecipients[]`). */
export function kindOfPath(path: string): SubjectKind {
  return /phone$/i.test(path.replace(/\[\]$/, '')) ? 'phone' : 'email';
}

/**
 * The values at a field path of a record: `a.b` walks objects, `a[]` every element of a list
 * (`contacts[].email`, `extraRecipients[]`).
 */
export function valuesAt(record: unknown, path: string): unknown[] {
  let current: unknown[] = [record];
  for (const part of path.split('.')) {
    const list = part.endsWith('[]');
    const name = list ? part.slice(0, -2) : part;
    current = current.flatMap((v) => {
      const next = v && typeof v === 'object' ? (v as Record<string, unknown>)[name] : undefined;
      if (next === undefined || next === null) return [];
      return list ? (Array.isArray(next) ? next : []) : [next];
    });
  }
  return current;
}

/** The subjects a record holds in its subject fields: normal form → the paths holding it. */
export function subjectsOf(record: unknown, paths: readonly string[]): Map<string, { subject: Subject; fields: string[] }> {
  const out = new Map<string, { subject: Subject; fields: string[] }>();
  for (const path of paths) {
    const kind = kindOfPath(path);
    for (const raw of valuesAt(record, path)) {
      const value = normalise(kind, raw);
      if (!value) continue;
      const hash = subjectHash({ kind, value });
      const found = out.get(hash) ?? { subject: { kind, value }, fields: [] };
      if (!found.fields.includes(path)) found.fields.push(path);
      out.set(hash, found);
    }
  }
  return out;
}

/** Whether a stored field's value IS the subject (equal normal forms): `max@stadt.de` is not `x@stadt.de`. */
export function isSubject(raw: unknown, subject: Subject): boolean {
  return normalise(subject.kind, raw) === subject.value;
}

/** An address inside free text: not part of a longer address on either side. */
function containsAddress(text: string, address: string): boolean {
  const lower = text.toLowerCase();
  for (let i = lower.indexOf(address); i >= 0; i = lower.indexOf(address, i + 1)) {
    const before = lower[i - 1] ?? ' ';
    const after = lower.slice(i + address.length, i + address.length + 2);
    if (!/[a-z0-9._%+-]/.test(before) && !/^([a-z0-9_-]|\.[a-z0-9])/.test(after)) return true;
  }
  return false;
}

/** Whether a string is (or, for free text, contains) the subject. */
export function stringHolds(text: string, subject: Subject): boolean {
  if (subject.kind === 'email') return containsAddress(text, subject.value);
  if (normalisePhone(text) === subject.value) return true;
  // A number inside a longer text: each run of digits, spaces, slashes and dashes is a candidate.
  return (text.match(/\+?[\d][\d\s/().-]{3,}\d/g) ?? []).some((run) => normalisePhone(run) === subject.value);
}

/** Whether any string anywhere in a value (objects, lists) holds the subject. */
export function holds(value: unknown, subject: Subject): boolean {
  if (typeof value === 'string') return stringHolds(value, subject);
  if (Array.isArray(value)) return value.some((v) => holds(v, subject));
  if (value && typeof value === 'object') return Object.values(value).some((v) => holds(v, subject));
  return false;
}
