/**
 * The requester's status link of a room booking (issue 34): a key derived from the link secret and
 * the booking, so every mail about the booking (the confirmation, each answer, the reminder) can
 * carry it again, while the record keeps only its hash (`statusKeyHash`, found through pattern 5).
 * Unguessable without the secret; a changed key finds nothing.
 */
import { createHash, createHmac } from 'node:crypto';
import { linkSecret } from '../runtimeConfig.ts';
import { currentTenant } from '../tenancy/scope.ts';

export async function roomRequestKey(bookingId: string): Promise<string> {
  return createHmac('sha256', await linkSecret()).update(`room-request:${currentTenant()}:${bookingId}`).digest('base64url');
}

export const roomKeyHash = (key: string) => createHash('sha256').update(key).digest('hex');

/** The finder's status page of a request. */
export const roomRequestUrl = (base: string, key: string) => `${base}/angebote/?seite=raumanfrage&key=${key}`;
