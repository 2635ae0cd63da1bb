/** The demo clerks: each exists in (local) Cognito and as a User with role assignments. */
import type { SeedItem } from './hamm.ts';

/** The demo users' password under `npm start` and in tests (DEMO_PASSWORD overrides it). */
export const DEFAULT_DEMO_PASSWORD = 'Hamm-Demo-2026!';

export const DEMO_USERS = [
  { id: 'u-admin', email: 'admin@hamm.example', name: 'Alex Admin', assignments: [{ role: 'admin', socialSpaceIds: [] }] },
  { id: 'u-leitung', email: 'leitung@hamm.example', name: 'Lena Leitung', assignments: [{ role: 'leadership', socialSpaceIds: [] }] },
  { id: 'u-koordination-norden', email: 'koordination.norden@hamm.example', name: 'Kai Koordination', assignments: [{ role: 'coordination', socialSpaceIds: ['norden'] }] },
  { id: 'u-quartier-norden', email: 'quartier.norden@hamm.example', name: 'Nora Norden', assignments: [{ role: 'neighbourhood-management', socialSpaceIds: ['norden'] }] },
  { id: 'u-quartier-westen', email: 'quartier.westen@hamm.example', name: 'Willi Westen', assignments: [{ role: 'neighbourhood-management', socialSpaceIds: ['westen'] }] },
  { id: 'u-praevention-westen', email: 'praevention.westen@hamm.example', name: 'Paula Prävention', assignments: [{ role: 'prevention', socialSpaceIds: ['westen'] }] },
] as const;

export function demoUsers(): SeedItem[] {
  return DEMO_USERS.map(({ id, ...data }) => ({ type: 'user', id, data: { ...data, assignments: data.assignments.map((a) => ({ ...a, socialSpaceIds: [...a.socialSpaceIds] })) } }));
}
