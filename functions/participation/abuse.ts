/**
 * What keeps robots and floods out of the public submissions, without a third-party CAPTCHA or a
 * tracking cookie (documented in README, "Participation: limits"):
 * - a proof-of-work challenge (ALTCHA v2, SHA-256) the browser solves in the background; signed with
 *   a key derived from the link secret, valid 30 minutes, used once (its nonce is a guard item);
 * - a minimum fill time: the challenge carries when it was issued, a submission within 3 seconds is refused;
 * - a honeypot field people never see;
 * - at most 10 submissions per client and day, the client being a salted hash of its address whose
 *   salt is derived from the secret and the day, so it rotates daily and is never stored.
 */
import { createChallenge, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { createHash, createHmac } from 'node:crypto';
import { linkSecret } from '../../shared/runtimeConfig.ts';
import { berlinToday } from '../../shared/time/months.ts';
import { ConflictError } from '../../shared/db/errors.ts';
import type { PublicSubmission } from '../../shared/db/publicSubmissions.ts';
import { problems } from '../http/problem.ts';
import type { Call } from '../http/types.ts';

export const CHALLENGE_MINUTES = 30;
export const MIN_FILL_SECONDS = 3;
export const DAILY_SUBMISSIONS = 10;
/** SHA-256 rounds per attempt: about a second of a phone's time on average, nothing for one person, costly by the thousand. */
const COST = 200;
const ALGORITHM = 'SHA-256';

/** One key per purpose, derived from the one secret: a challenge signature never doubles as a link. */
const keyFor = async (purpose: string) => createHmac('sha256', await linkSecret()).update(`participation:${purpose}`).digest('base64url');

export async function newChallenge(now: Date): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    deriveKey,
    // The default prefix '00': 256 tries on average, each COST rounds of SHA-256.
    // Issue and expiry on THE clock (shared/time/clock.ts), in the signed data: the library's own
    // `expiresAt` would be checked against the wall clock, which tests and CLOCK_AT move away from.
    data: { issuedAt: now.getTime(), expiresAt: now.getTime() + CHALLENGE_MINUTES * 60_000 },
    hmacSignatureSecret: await keyFor('challenge'),
  });
}

const refuse = (detail: string) => problems.badRequest('The submission was not accepted', [{ pointer: '/body/altcha', detail }]);

/** Checks the solved challenge and the fill time; returns the nonce and expiry that make it usable once. */
export async function checkChallenge(payload: { challenge: Challenge; solution: Solution }, now: Date): Promise<{ nonce: string; expiresAt: Date }> {
  const result = await verifySolution({ challenge: payload.challenge, solution: payload.solution, deriveKey, hmacSignatureSecret: await keyFor('challenge') });
  if (!result.verified) throw refuse('Die Sicherheitsprüfung ist fehlgeschlagen. Bitte laden Sie die Seite neu.');
  // Signed with the challenge, so neither can be changed without failing the check above.
  const { nonce, data } = payload.challenge.parameters;
  const issuedAt = Number(data?.issuedAt);
  const expiresAt = Number(data?.expiresAt);
  if (!Number.isFinite(expiresAt) || expiresAt <= now.getTime()) throw refuse('Die Sicherheitsprüfung ist abgelaufen. Bitte laden Sie die Seite neu und senden Sie noch einmal.');
  if (!Number.isFinite(issuedAt) || now.getTime() - issuedAt < MIN_FILL_SECONDS * 1000) throw refuse('Das ging sehr schnell. Bitte warten Sie einen Moment und senden Sie dann noch einmal.');
  return { nonce, expiresAt: new Date(expiresAt) };
}

/** The honeypot: a field hidden from people; a robot that fills every field gives itself away. */
export function checkHoneypot(website: string | undefined): void {
  if (website) throw problems.badRequest('The submission was not accepted', [{ pointer: '/body/website', detail: 'Dieses Feld muss leer bleiben.' }]);
}

/**
 * The address a request came from. Through CloudFront, API Gateway's source is the CDN's edge, and
 * the viewer's address is the entry CloudFront appended to X-Forwarded-For, the one before the last
 * (entries further left are whatever the client sent). Without the header: the source address.
 */
export function clientAddress(headers: Record<string, string | undefined>, sourceIp: string | undefined): string | undefined {
  const chain = (headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return chain.length >= 2 ? chain[chain.length - 2] : sourceIp;
}

/** The client of a request for today's count: a hash of its address under a salt of the day. */
export async function clientOf(sourceIp: string | undefined, now: Date): Promise<{ day: string; hash: string; limit: number }> {
  const day = berlinToday(now);
  const salt = createHmac('sha256', await keyFor('rate')).update(day).digest();
  return { day, hash: createHash('sha256').update(salt).update(sourceIp ?? 'unknown').digest('base64url'), limit: DAILY_SUBMISSIONS };
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The checks every anonymous submission passes, in order (honeypot, challenge and fill time), and
 * what its write needs to count it once and against the client's day (shared/db/publicSubmissions.ts).
 */
export async function acceptSubmission(call: Call): Promise<PublicSubmission> {
  const now = call.deps.now();
  checkHoneypot(call.body.website);
  const { nonce, expiresAt } = await checkChallenge(call.body.altcha, now);
  const client = await clientOf(clientAddress(call.headers, call.event.requestContext?.identity?.sourceIp), now);
  return { nonce, challengeExpiresAt: expiresAt, client, now };
}

/** A second use of a challenge, refused in German where the form shows it. */
export function refuseReusedChallenge(err: unknown): never {
  if (err instanceof ConflictError && err.reason === 'duplicate' && /challenge/.test(err.message))
    throw problems.badRequest('The challenge was already used', [{ pointer: '/body/altcha', detail: 'Diese Sicherheitsprüfung wurde schon verwendet. Bitte laden Sie die Seite neu.' }]);
  throw err;
}
