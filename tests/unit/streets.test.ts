import { describe, expect, it } from 'vitest';
import { findStreet, streetKey } from '../../shared/domain/streets.ts';

describe('streetKey', () => {
  it('drops house numbers, postcode and town, and spells Straße one way', () => {
    expect(streetKey('Nordstraße 12, 59065 Hamm')).toBe('nordstrasse');
    expect(streetKey('Nordstr. 12a')).toBe('nordstrasse');
    expect(streetKey('Nordstraße 12 59065 Hamm')).toBe('nordstrasse');
    expect(streetKey('Nordstraße 59065')).toBe('nordstrasse');
    expect(streetKey('nordstrasse')).toBe('nordstrasse');
    expect(streetKey('Am Ostpark 3-5')).toBe('am ostpark');
    expect(streetKey('Heessener Str 7 / 9')).toBe('heessener strasse');
  });
});

describe('findStreet', () => {
  const quarters = [
    { id: 'a', streets: ['Nordstraße', 'Am Ostpark'] },
    { id: 'b', streets: ['Nordstraße', 'Bahnhofstraße'] },
    { id: 'c', streets: ['Nordenstiftsweg'] },
  ];
  it('answers every quarter a street crosses', () => {
    expect(findStreet(quarters, 'Nordstr. 4').map((f) => f.area.id)).toEqual(['a', 'b']);
  });
  it('finds one quarter for a street in one directory, and by the start of its name', () => {
    expect(findStreet(quarters, 'Bahnhofstraße 1, Hamm').map((f) => f.area.id)).toEqual(['b']);
    expect(findStreet(quarters, 'Nordenstift').map((f) => f.street)).toEqual(['Nordenstiftsweg']);
  });
  it('finds nothing for an unknown street or too little text', () => {
    expect(findStreet(quarters, 'Hauptstraße 1')).toEqual([]);
    expect(findStreet(quarters, 'No')).toEqual([]);
  });
});
