/**
 * The audit trail of a month is read page by page: a page of the list reads only as far as its
 * range, filters are applied by DynamoDB, and the total is counted without loading the entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../shared/entities.ts';
import { setClock } from '../../shared/time/clock.ts';
import { ADMIN, seedStructure, startApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
/** Entries the handlers' client received from item queries (not COUNTs) since the last reset. */
let itemsRead = 0;
const ORGS = 240;
/** The file's clock: every entry below is written in this month. */
const month = '2027-02';

let restoreClock: () => void;
beforeAll(async () => {
  restoreClock = setClock('2027-02-10T10:00:00Z');
  api = await startApi({ table: 'fresh' });
  await seedStructure(api.repo);
  admin = await api.as(ADMIN);
  // 240 creates and 60 updates by two actors, written straight through the repository (each with its audit entry).
  // Eight at a time: the suite shares one DynamoDB Local, and a burst of 240 would starve its other files.
  for (let i = 0; i < ORGS; i += 8)
    await Promise.all(Array.from({ length: Math.min(8, ORGS - i) }, (_, j) => api.repo.create(entities.organisation, { name: `Träger ${i + j}`, kind: 'association' }, { actor: (i + j) % 2 ? 'user:a' : 'user:b', id: `org-${i + j}` })));
  for (let i = 0; i < 60; i++) await api.repo.update(entities.organisation, `org-${i}`, { name: `Träger ${i} neu`, kind: 'association' }, 1, { actor: 'user:a' });
  api.repo.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const out: any = await next(args);
      if (context.commandName === 'QueryCommand' && (args.input as any).Select !== 'COUNT') itemsRead += out.output.Items?.length ?? 0;
      return out;
    },
    { step: 'initialize', name: 'countAuditItems' },
  );
});
afterAll(async () => {
  await api.close();
  restoreClock?.();
});

describe('audit events of a month, page by page', () => {
  it('a first page reads about one page of entries and reports the month’s total', async () => {
    itemsRead = 0;
    const res = await admin.get('/audit-events', { filter: { month, entityType: 'organisation' }, range: [0, 24] });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(25);
    expect(res.headers.get('content-range')).toBe(`audit-events 0-24/${ORGS + 60}`);
    expect(itemsRead).toBeLessThanOrEqual(25);
    // Newest first.
    const times = res.body.map((e: any) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('pages cover the month exactly once, in order, with filters applied by the database', async () => {
    const seen: string[] = [];
    for (let start = 0; start < 200; start += 50) {
      const page = await admin.get('/audit-events', { filter: { month, action: 'create', entityType: 'organisation' }, range: [start, start + 49] });
      expect(page.headers.get('content-range')).toBe(`audit-events ${start}-${Math.min(start + 49, ORGS - 1)}/${ORGS}`);
      expect(page.body.every((e: any) => e.action === 'create')).toBe(true);
      seen.push(...page.body.map((e: any) => e.id));
    }
    expect(new Set(seen).size).toBe(200);
    const updates = await admin.get('/audit-events', { filter: { month, action: 'update', actor: 'user:a' }, range: [0, 99] });
    expect(updates.body).toHaveLength(60);
    expect(updates.headers.get('content-range')).toBe('audit-events 0-59/60');
    const byActor = await admin.get('/audit-events', { filter: { actor: 'user:b' }, range: [0, 9] });
    expect(byActor.headers.get('content-range')).toBe(`audit-events 0-9/${ORGS / 2}`);
  });

  it('a range beyond the end is empty and still carries the total', async () => {
    const res = await admin.get('/audit-events', { filter: { month, entityType: 'organisation' }, range: [1000, 1009] });
    expect(res.body).toEqual([]);
    expect(res.headers.get('content-range')).toBe(`audit-events */${ORGS + 60}`);
  });
});
