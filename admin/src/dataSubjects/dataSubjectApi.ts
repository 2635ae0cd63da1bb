/**
 * The data-subject routes (GDPR Art. 15–17), all POST so the address stays out of URLs and logs, over
 * the data provider's httpClient (ID token, problem+json turned into the German errors of forms).
 */
import { getConfig } from '../config';
import { httpClient } from '../dataProvider';
import { idToken } from '../authProvider';
import type * as z from 'zod';
import type { DataSubjectErasureResult, DataSubjectFinding } from '../../../shared/contract/routes/system';

export type Subject = { email: string } | { phone: string };
/** The answers' shapes, from the route table's schemas (type-only: no zod in the admin bundle). */
export type Finding = z.infer<typeof DataSubjectFinding>;
export type Erasure = Finding['erasure'];
export type ErasureResult = z.infer<typeof DataSubjectErasureResult>;

const url = async (action: string) => `${(await getConfig()).apiUrl}/data-subject-requests/${action}`;
const post = async (action: string, body: unknown) => (await httpClient(await url(action), { method: 'POST', body: JSON.stringify(body) })).json;

/** An e-mail address or a phone number, as typed: whatever has an @ is an address. */
export const subjectOf = (input: string): Subject => (input.includes('@') ? { email: input.trim() } : { phone: input.trim() });

export const searchSubject = async (subject: Subject): Promise<Finding[]> => (await post('search', subject)).findings;
export const exportSubject = (subject: Subject): Promise<unknown> => post('export', subject);
export const eraseSubject = (subject: Subject): Promise<ErasureResult> => post('erase', { ...subject, confirm: true });

/** The German summary page (text/html), fetched with the token like every call. */
export async function summaryOf(subject: Subject): Promise<string> {
  const res = await fetch(await url('summary'), { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'text/html', Authorization: `Bearer ${idToken() ?? ''}` }, body: JSON.stringify(subject) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

/** Offers a text as a file download. */
export function download(name: string, type: string, text: string) {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
