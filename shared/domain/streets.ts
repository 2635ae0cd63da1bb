/**
 * Finding a resident's quarter by their address in the quarters' street directories (Straßen-
 * verzeichnis): the street is read out of what they typed ("Nordstr. 12, 59065 Hamm"), folded like
 * every search (shared/i18n/fold.ts), "str." and "strasse" read as "straße". A street that crosses
 * quarters is in each of their directories: all of them are answers, and the resident chooses.
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
