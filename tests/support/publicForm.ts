/**
 * What a browser does before a public submission: fetch and solve the proof-of-work challenge, and
 * come from an address of its own (the API counts submissions per client and day; each test client
 * gets a fresh one behind the CDN's hop, as CloudFront forwards it).
 */
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Api } from './api.ts';

export async function solvedChallenge(api: Pick<Api, 'anonymous'>) {
  const { body: challenge } = await api.anonymous.get('/public/challenge');
  const solution = await solveChallenge({ challenge, deriveKey });
  return { challenge, solution: solution! };
}

/** A new client address in `net` (198.18.0.0/15, the benchmarking range: never a real client). */
export function clientAddresses(net: string) {
  let n = 0;
  return () => ({ 'X-Forwarded-For': `${net}.${Math.floor(++n / 250)}.${n % 250}, 198.51.100.7` });
}
