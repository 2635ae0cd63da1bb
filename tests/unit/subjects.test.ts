/** A person's e-mail or phone in its normal form (pattern 30's hash), and where a record holds it. */
import { describe, expect, it } from 'vitest';
import { holds, isSubject, normalisePhone, subjectHash, subjectsOf } from '../../shared/domain/subjects.ts';
import { projectionItems } from '../../shared/db/keys.ts';
import { entities } from '../../shared/entities.ts';

describe('data subjects', () => {
  it('reads one phone number in its usual German spellings as one', () => {
    for (const written of ['0176 5550123', '0176/555 01 23', '+49 (176) 555-0123', '0049 176 5550123', '+491765550123']) expect(normalisePhone(written), written).toBe('+491765550123');
    expect(normalisePhone('App. 12')).toBeUndefined();
  });

  it('finds the values of a record at its subject fields, e-mail without regard to case', () => {
    const network = { id: 'n1', contacts: [{ name: 'A', email: 'A@Example.org', phone: '02381 123456' }, { name: 'B', email: 'b@example.org' }] };
    const found = subjectsOf(network, entities.network.subjectFields!);
    expect([...found.values()].map((f) => [f.subject.value, f.fields])).toEqual([
      ['a@example.org', ['contacts[].email']],
      ['b@example.org', ['contacts[].email']],
      ['+492381123456', ['contacts[].phone']],
    ]);
    expect(found.has(subjectHash({ kind: 'email', value: 'a@example.org' }))).toBe(true);
  });

  it('gives a record one item of pattern 30 per value, naming the fields, never the value', () => {
    const offer = { id: 'o1', title: 'Kurs', organisationId: 'caritas', socialSpaceIds: ['norden'], contact: { email: 'x@example.org', phone: '0176 5550123' } };
    const items = projectionItems(entities.offer, offer).filter((p) => p.PK.startsWith('hamm|subject#'));
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.SK)).toEqual(['offer#o1', 'offer#o1']);
    expect(JSON.stringify(items)).not.toMatch(/x@example|5550123/);
  });

  it('recognises the value inside an audit change', () => {
    const subject = { kind: 'phone' as const, value: '+491765550123' };
    expect(holds({ to: { name: 'A', phone: 'Tel. 0176 555 01 23 (mobil)' } }, subject)).toBe(true);
    expect(holds({ to: { phone: '0176 555 01 24' } }, subject)).toBe(false);
    expect(holds(['NAME@example.org'], { kind: 'email', value: 'name@example.org' })).toBe(true);
  });
});

describe('only the person, not a longer address or number around it', () => {
  const x = { kind: 'email' as const, value: 'x@stadt.de' };
  it('a stored field is the person only when its normal form is equal', () => {
    expect(isSubject('X@Stadt.de ', x)).toBe(true);
    expect(isSubject('max@stadt.de', x)).toBe(false);
    expect(isSubject('x@stadt.de.example', x)).toBe(false);
  });

  it('free text holds the address only on its own, a sentence\'s full stop allowed', () => {
    expect(holds('Bitte an x@stadt.de schreiben.', x)).toBe(true);
    expect(holds('Antwort an x@stadt.de.', x)).toBe(true);
    expect(holds('max@stadt.de', x)).toBe(false);
    expect(holds('x@stadt.de.example', x)).toBe(false);
  });

  it('reads the bracketed trunk zero after a country code as not dialled', () => {
    expect(normalisePhone('+49 (0) 2381 17-1234')).toBe(normalisePhone('02381 17-1234'));
  });
});
