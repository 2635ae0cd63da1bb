/** The seed is valid against the schemas, complete, and idempotent. */
import { beforeAll, describe, expect, it } from 'vitest';
import { entities, type EntityDef } from '../../shared/entities.ts';
import { allSeedItems, applySeed, seedDemo } from '../../shared/seed/seed.ts';
import { freshTable } from '../support/db.ts';
import { SEED_TODAY } from '../support/constants.ts';

const today = SEED_TODAY;
let t: Awaited<ReturnType<typeof freshTable>>;

beforeAll(async () => {
  t = await freshTable();
});

describe('seed', () => {
  it('loads Hamm and the demo data, and a second run changes nothing', async () => {
    const items = allSeedItems(today);
    const first = await applySeed(t.repo, items);
    expect(first.created).toBe(items.length);
    const count = async (type: keyof typeof entities) => (await t.repo.listAll(entities[type] as EntityDef)).length;
    expect(await count('district')).toBe(7);
    expect(await count('socialSpace')).toBe(9);
    expect(await count('quarter')).toBe(59);
    expect(await count('goal')).toBe(4);
    expect(await count('indicator')).toBe(13);
    expect(await count('network')).toBe(16);
    expect(await count('meeting')).toBeGreaterThan(100);
    expect(await count('activity')).toBeGreaterThan(300);
    expect(await count('offer')).toBe(60);
    expect(await count('organisation')).toBeGreaterThanOrEqual(15);
    const measurements = await count('measurement');
    expect(measurements).toBeGreaterThan(1000);

    const norden = await t.repo.get<any>(entities.socialSpace, 'norden');
    expect(norden.districtIds.sort()).toEqual(['bockum-hoevel', 'heessen']);
    const westen = await t.repo.get<any>(entities.socialSpace, 'westen');
    expect(westen.districtIds.sort()).toEqual(['herringen', 'mitte', 'pelkum']);
    // every social space has offers
    const offers = await t.repo.listAll<any>(entities.offer);
    for (const ss of ['mitte', 'norden', 'westen', 'uentrop', 'rhynern', 'pelkum', 'herringen', 'bockum-hoevel', 'heessen'])
      expect(offers.some((o) => o.socialSpaceIds.includes(ss))).toBe(true);

    // The computed demo indicators hold computed values only, for every seeded month or quarter.
    const computed = await t.repo.listAll<any>(entities.measurement, { parentId: 'ind-network-meetings' });
    expect(computed.length).toBe(18 * 9);
    expect(new Set(computed.map((m) => m.source))).toEqual(new Set(['computed']));
    const offersCurrent = await t.repo.listAll<any>(entities.measurement, { parentId: 'ind-offers-current' });
    expect(offersCurrent.filter((m) => m.source === 'computed').length).toBe(3 * 9);
    expect(offersCurrent.filter((m) => m.source === 'manual').length).toBeGreaterThan(100);

    // Participation in Norden: ideas (two waiting for release), an open and a closed survey, a walk to sign up for
    // whose confirmed places match its sign-ups.
    const ideas = await t.repo.listAll<any>(entities.idea, { parentId: 'norden' });
    expect(ideas.filter((i) => i.moderation === 'pending')).toHaveLength(2);
    expect(ideas.filter((i) => i.moderation === 'released').length).toBe(3);
    expect((await t.repo.listAll<any>(entities.survey, { parentId: 'norden' })).map((s) => s.status)).toEqual(['published', 'published']);
    const walk = await t.repo.get<any>(entities.activity, 'spaziergang-norden');
    const walkers = await t.repo.listAll<any>(entities.signUp, { parentId: walk.id });
    expect(walk.signedUp).toBe(walkers.filter((s) => s.status === 'confirmed').reduce((n, s) => n + 1 + s.guests, 0));

    // A filled social space page for Norden and Westen: plan, needs, budget whose counters match the expenses.
    const plans = await t.repo.listAll<any>(entities.workPlan);
    expect(plans.map((p) => `${p.socialSpaceId} ${p.year} ${p.status}`).sort()).toEqual([`norden ${today.getUTCFullYear()} mid-year-reviewed`, `westen ${today.getUTCFullYear()} draft`]);
    expect((await t.repo.listAll<any>(entities.need, { parentId: 'norden' })).length).toBeGreaterThanOrEqual(3);
    for (const line of await t.repo.listAll<any>(entities.budgetLine)) {
      const spent = (await t.repo.listAll<any>(entities.expense, { parentId: line.id })).reduce((n, e) => n + e.amountCents, 0);
      expect(line.spentCents).toBe(spent);
      expect(spent).toBeLessThanOrEqual(line.plannedCents);
    }

    const second = await applySeed(t.repo, allSeedItems(today));
    expect(second).toEqual({ created: 0, existing: items.length });
    expect(await count('measurement')).toBe(measurements);
  }, 120000); // seeds ~1,500 items twice; slow when the machine is busy

  it('a start in a later month adds nothing: the demo data stays laid out around the first day it was seeded', async () => {
    const s = await freshTable();
    const first = await seedDemo(s.repo, new Date('2027-01-01T00:30:00+01:00'));
    expect(first.created).toBeGreaterThan(1000);
    // Meetings that took place (a public festival is announced ahead, as a sign-up activity is).
    const meetings = (await s.repo.listAll<any>(entities.meeting)).filter((m) => !m.public).map((m) => m.date as string).sort();
    expect(meetings[meetings.length - 1].slice(0, 7)).toBe('2026-12');
    const later = await seedDemo(s.repo, new Date('2027-03-30T10:00:00+02:00'));
    expect(later).toMatchObject({ created: 0, existing: first.created + first.existing });
    expect(later.anchoredAt.toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect((await s.repo.listAll<any>(entities.meeting)).filter((m) => !m.public).length).toBe(meetings.length);
  }, 180000);
});
