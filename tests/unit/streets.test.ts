import { describe, expect, it } from 'vitest';
import { findStreet, houseNumberOf, pickHouse, postcodeOf, streetKey } from '../../shared/domain/streets.ts';

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

describe('houseNumberOf', () => {
  it('reads the number and its suffix after the street, whatever follows', () => {
    expect(houseNumberOf('Nordstraße 12, 59065 Hamm')).toEqual({ number: 12 });
    expect(houseNumberOf('Nordstr. 12a')).toEqual({ number: 12, suffix: 'a' });
    expect(houseNumberOf('Nordstraße 12 B 59065 Hamm')).toEqual({ number: 12, suffix: 'b' });
    expect(houseNumberOf('Am Ostpark 3-5')).toEqual({ number: 3 });
    expect(houseNumberOf('Heessener Str 7 / 9')).toEqual({ number: 7 });
  });
  it('finds none where there is none: a street alone, a postcode only, a number in the name', () => {
    expect(houseNumberOf('Nordstraße')).toBeUndefined();
    expect(houseNumberOf('Nordstraße 59065')).toBeUndefined();
    expect(houseNumberOf('Nordstraße, 59065 Hamm')).toBeUndefined();
    expect(houseNumberOf('Straße des 17. Juni')).toBeUndefined();
    expect(houseNumberOf('Nordstraße 0')).toBeUndefined();
  });
  it('reads the postcode', () => {
    expect(postcodeOf('Nordstraße 12, 59065 Hamm')).toBe('59065');
    expect(postcodeOf('Nordstraße 12')).toBeUndefined();
  });
});

describe('pickHouse', () => {
  const houses = [{ number: 1 }, { number: 3 }, { number: 3, suffix: 'a' }, { number: 4 }, { number: 8 }, { number: 15 }];
  it('takes the exact house, suffix included', () => {
    expect(pickHouse(houses, { number: 3, suffix: 'a' })).toEqual({ house: { number: 3, suffix: 'a' }, approximate: false });
    expect(pickHouse(houses, { number: 3 })).toEqual({ house: { number: 3 }, approximate: false });
  });
  it('else the nearest on the same side of the street (odd or even), lower on a tie', () => {
    expect(pickHouse(houses, { number: 5 })).toEqual({ house: { number: 3 }, approximate: true });
    expect(pickHouse(houses, { number: 6 })).toEqual({ house: { number: 4 }, approximate: true });
    expect(pickHouse(houses, { number: 11 })).toEqual({ house: { number: 15 }, approximate: true });
    expect(pickHouse(houses, { number: 3, suffix: 'b' })).toEqual({ house: { number: 3 }, approximate: true });
  });
  it('else the nearest on either side; nothing in an empty street', () => {
    expect(pickHouse([{ number: 2 }, { number: 10 }], { number: 7 })).toEqual({ house: { number: 10 }, approximate: true });
    expect(pickHouse([], { number: 7 })).toBeUndefined();
  });
});
