/** List parameters (react-admin conventions) and filtering, without a database. */
import { describe, expect, it } from 'vitest';
import { filterItems, parseListParams, sortItems } from '../../functions/http/listing.ts';
import { HttpProblem } from '../../functions/http/problem.ts';

const now = new Date('2026-11-15T00:00:00Z');
const offers = [
  { id: 'a', title: 'Elterncafé', socialSpaceIds: ['norden'], themes: ['Bildung'], minAge: 0, maxAge: 6, reviewedAt: '2026-10-01T00:00:00Z' },
  { id: 'b', title: 'Jugendtreff', socialSpaceIds: ['westen'], themes: ['Teilhabe'], minAge: 12, maxAge: 21 },
];
const opts = { fields: ['id', 'title', 'socialSpaceIds', 'themes'], searchFields: ['title'], special: undefined, now };

describe('list parameters', () => {
  it('parses sort, range and filter, with defaults', () => {
    expect(parseListParams({ sort: '["title","DESC"]', range: '[0,9]', filter: '{"q":"x"}' })).toEqual({ sort: ['title', 'DESC'], range: [0, 9], filter: { q: 'x' } });
    expect(parseListParams({})).toEqual({ sort: undefined, range: [0, 24], filter: {} });
  });

  it.each([
    [{ range: '[5,1]' }, '/query/range'],
    [{ range: '[0,5000]' }, '/query/range'],
    [{ sort: '["title","UP"]' }, '/query/sort/1'],
    [{ sort: '["1; drop","ASC"]' }, '/query/sort/0'],
    [{ sort: '"title"' }, '/query/sort'],
    [{ range: '[0.5,3]' }, '/query/range'],
    [{ range: '[-1,3]' }, '/query/range'],
    [{ filter: '[1,2]' }, '/query/filter'],
    [{ filter: 'nicht json' }, '/query/filter'],
    [{ filter: '{"__proto__":{"x":1}}' }, '/query/filter/__proto__'],
  ])('refuses %j with a field error at %s', (query, pointer) => {
    try {
      parseListParams(query as Record<string, string>);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(HttpProblem);
      expect((err as HttpProblem).extra.errors?.[0].pointer).toBe(pointer);
      // A range in the wrong order or too long breaks a rule across values, not the parameter's shape.
      const q = query as Record<string, string>;
      const expected = q.range === '[5,1]' || q.range === '[0,5000]' ? 'custom' : q.filter === 'nicht json' || pointer.endsWith('__proto__') ? undefined : 'invalid_value';
      expect((err as HttpProblem).extra.errors?.[0].code).toBe(expected);
    }
  });
});

describe('filtering and sorting', () => {
  it('matches fields, list fields and free text; refuses unknown and inherited names', async () => {
    const { SPECIAL_FILTERS } = await import('../../shared/contract/listFilters.ts');
    const o = { ...opts, special: SPECIAL_FILTERS.offers };
    expect(filterItems(offers, { socialSpaceId: 'norden' }, o).map((x) => x.id)).toEqual(['a']);
    expect(filterItems(offers, { q: 'jugend' }, o).map((x) => x.id)).toEqual(['b']);
    expect(filterItems(offers, { age: 15 }, o).map((x) => x.id)).toEqual(['b']);
    expect(filterItems(offers, { stale: true }, o).map((x) => x.id)).toEqual(['b']);
    for (const name of ['nope', 'hasOwnProperty', 'constructor']) expect(() => filterItems(offers, { [name]: 1 }, o)).toThrow(HttpProblem);
  });

  it('sorts German text naturally and keeps missing values last', () => {
    const items = [{ t: 'Übung' }, { t: 'Apfel' }, {}, { t: 'Zebra' }];
    expect(sortItems(items, ['t', 'ASC'], ['t']).map((x) => x.t)).toEqual(['Apfel', 'Übung', 'Zebra', undefined]);
  });
});
