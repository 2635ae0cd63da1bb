/** The policy module on its own: scopes, moving records out of scope, self-edits, list filters. */
import { describe, expect, it } from 'vitest';
import { authorize, capabilities, readFilter, spacesInCharge, type Principal } from '../../shared/policy.ts';

const clerk = (role: any, spaces: string[] = []): Principal => ({ kind: 'user', tenant: 'hamm', id: `u-${role}`, email: `${role}@x.de`, name: role, assignments: [{ role, socialSpaceIds: spaces }] });
const partner: Principal = { kind: 'partner', tenant: 'hamm', id: 'apikey:k1', organisationId: 'caritas', apiKeyId: 'k1' };
const offer = (over: Record<string, unknown> = {}) => ({ id: 'o1', organisationId: 'caritas', socialSpaceIds: ['norden'], targetGroups: ['children'], ...over });

describe('authorize', () => {
  it('lets neighbourhood management change offers in its spaces, not elsewhere, and not move them out', () => {
    const qm = clerk('neighbourhood-management', ['norden']);
    expect(authorize(qm, 'offers', 'update', { before: offer(), after: offer({ title: 'x' }) }).allowed).toBe(true);
    expect(authorize(qm, 'offers', 'update', { before: offer({ socialSpaceIds: ['westen'] }), after: offer({ socialSpaceIds: ['westen'] }) }).allowed).toBe(false);
    const moved = authorize(qm, 'offers', 'update', { before: offer(), after: offer({ socialSpaceIds: ['westen'] }) });
    expect(moved).toMatchObject({ allowed: false, permission: 'offers:update' });
  });

  it('limits prevention coordination to parents, children and youth', () => {
    const p = clerk('prevention', ['westen']);
    expect(authorize(p, 'offers', 'create', { after: offer({ socialSpaceIds: ['westen'], targetGroups: ['youth', 'parents'] }) }).allowed).toBe(true);
    expect(authorize(p, 'offers', 'create', { after: offer({ socialSpaceIds: ['westen'], targetGroups: ['youth', 'seniors'] }) }).allowed).toBe(false);
  });

  it('lets partners act for their own organisation only, and never delete', () => {
    expect(authorize(partner, 'offers', 'update', { before: offer(), after: offer() }).allowed).toBe(true);
    expect(authorize(partner, 'offers', 'update', { before: offer(), after: offer({ organisationId: 'awo' }) }).allowed).toBe(false);
    expect(authorize(partner, 'offers', 'delete', { before: offer() }).allowed).toBe(false);
  });

  it('lets leadership change only its own report setting', () => {
    const l = clerk('leadership');
    const me = { id: 'u-leadership', name: 'L', receivesReport: true };
    expect(authorize(l, 'users', 'update', { before: me, after: { ...me, receivesReport: false } }).allowed).toBe(true);
    expect(authorize(l, 'users', 'update', { before: me, after: { ...me, name: 'Chefin' } }).allowed).toBe(false);
    expect(authorize(l, 'users', 'update', { before: { ...me, id: 'other' }, after: { ...me, id: 'other', receivesReport: false } }).allowed).toBe(false);
  });
});

describe('readFilter and capabilities', () => {
  it('filters a partner list to its organisation', () => {
    const keep = readFilter(partner, 'offers');
    expect([offer(), offer({ organisationId: 'awo' })].filter(keep)).toEqual([offer()]);
  });

  it('gives the UI what the matrix says, nothing more', () => {
    expect(capabilities(clerk('coordination', ['norden'])).targets).toEqual(['read', 'create', 'update', 'delete']);
    expect(capabilities(clerk('coordination', ['norden'])).users).toBeUndefined();
  });
});

describe('spacesInCharge', () => {
  it('is the whole city for admin and leadership, the assigned spaces otherwise, none for partners', () => {
    expect(spacesInCharge(clerk('leadership'))).toBe('all');
    expect(spacesInCharge(clerk('neighbourhood-management', ['norden', 'westen']))).toEqual(new Set(['norden', 'westen']));
    expect(spacesInCharge(partner)).toEqual(new Set());
  });
});
