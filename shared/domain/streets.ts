/**
 * Finding a resident's quarter by their address in the quarters' street directories (Straßen-
 * verzeichnis): the street is read out of what they typed ("Nordstr. 12, 59065 Hamm"), folded like
 * every search (shared/i18n/fold.ts), "str." and "strasse" read as "straße". A street that crosses
 * quarters is in each of their directories: all of them are answers, and the resident chooses.
 * The address directory (house coordinates, shared/geo/addresses.ts) reads the house number too and
 * picks the house whose point decides, so a border street needs no choice where the number is known.
 */
import { fold } from '../i18n/fold.ts';

/** The street of an address, folded: no house number, postcode or town, one spelling of "Straße". */
export function streetKey(address: string): string {
  // Whatever follows a comma or a postcode is the town: "Nordstraße 12, Hamm", "Nordstraße 12 59065 Hamm".
  const street = address.split(',')[0].replace(/\s+\d{5}(\s.*)?$/, '').replace(/\s+\d+\s*[a-zA-Z]?(\s*[-/]\s*\d+\s*[a-zA-Z]?)?\s*$/, '');
  return fold(street)
    .replace(/str\.?(?=\s|$)/g, 'strasse')
    .replace(/[.\s-]+/g, ' ')
    .trim();
}

/** The areas whose directory holds the street: exact matches, else those whose street starts with what was typed (at least 4 letters). */
export function findStreet<T extends { streets?: string[] }>(areas: T[], address: string): { area: T; street: string }[] {
  const key = streetKey(address);
  if (key.length < 3) return [];
  const keyed = areas.flatMap((area) => (area.streets ?? []).map((street) => ({ area, street, key: streetKey(street) })));
  const exact = keyed.filter((k) => k.key === key);
  const found = exact.length || key.length < 4 ? exact : keyed.filter((k) => k.key.startsWith(key));
  return found.map(({ area, street }) => ({ area, street }));
}

export interface HouseNumber {
  number: number;
  /** The Adressierungszusatz, lower case ("12a" → "a"); none for a plain number. */
  suffix?: string;
}

/** The part of an address before the town: "Nordstraße 12a, 59065 Hamm" → "Nordstraße 12a". */
const streetPart = (address: string) => address.split(',')[0].replace(/\s+\d{5}(\s.*)?$/, '').trim();

/** The house number of an address ("Nordstr. 12 a", "Lange Straße 3-5" → 3, the first of a range); none if it has no number after the street. */
export function houseNumberOf(address: string): HouseNumber | undefined {
  const m = /\s(\d{1,5})\s*([a-zA-Z])?(?:\s*[-/]\s*\d+\s*[a-zA-Z]?)?$/.exec(streetPart(address));
  if (!m || Number(m[1]) === 0) return undefined;
  return { number: Number(m[1]), ...(m[2] ? { suffix: m[2].toLowerCase() } : {}) };
}

/** The postcode of an address, if it names one. */
export function postcodeOf(address: string): string | undefined {
  return /(?:^|[\s,])(\d{5})(?=\s|,|$)/.exec(address)?.[1];
}

export const formatHouseNumber = (h: HouseNumber) => `${h.number}${h.suffix ?? ''}`;

/**
 * The house of a street that answers for a wanted number: the same number and suffix; else the
 * nearest number on the same side of the street (German streets number one side odd, the other even,
 * so the side decides where a street is a border), else the nearest on either side. Ties go to the
 * lower number. Only the exact house is not `approximate`.
 */
export function pickHouse<T extends HouseNumber>(houses: T[], wanted: HouseNumber): { house: T; approximate: boolean } | undefined {
  const exact = houses.find((h) => h.number === wanted.number && (h.suffix ?? '') === (wanted.suffix ?? ''));
  if (exact) return { house: exact, approximate: false };
  const sameSide = houses.filter((h) => h.number % 2 === wanted.number % 2);
  const nearest = (sameSide.length ? sameSide : houses)
    .slice()
    .sort((a, b) => Math.abs(a.number - wanted.number) - Math.abs(b.number - wanted.number) || a.number - b.number || (a.suffix ?? '').localeCompare(b.suffix ?? ''))[0];
  return nearest ? { house: nearest, approximate: true } : undefined;
}
