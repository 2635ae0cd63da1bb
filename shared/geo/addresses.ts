/**
 * An address → its point, from the city's own address directory (the official house coordinates,
 * shared/db/addressStore.ts), as a city's GIS geocodes: no external service, and the point then goes
 * through the same point-in-polygon as "my location" (areas.ts `assign`).
 */
import { listAddressVersions, streetHouses, type House } from '../db/addressStore.ts';
import type { Repository } from '../db/repository.ts';
import { formatHouseNumber, houseNumberOf, pickHouse, postcodeOf, streetKey } from '../domain/streets.ts';

export interface AddressPoint {
  street: string;
  /** The house whose point this is; none where the address named no number. */
  houseNumber?: string;
  /** Not the house asked for: the nearest on the same side of the street, or (no number asked) one along it. */
  approximate: boolean;
  lat: number;
  lng: number;
}

/** Without a house number, a street is placed by this many of its houses, spread over its numbers (a long street may cross quarters). */
const STREET_SAMPLE = 12;

function spread(houses: House[]): House[] {
  const sorted = houses.slice().sort((a, b) => a.number - b.number);
  if (sorted.length <= STREET_SAMPLE) return sorted;
  return Array.from({ length: STREET_SAMPLE }, (_, i) => sorted[Math.round((i * (sorted.length - 1)) / (STREET_SAMPLE - 1))]);
}

/**
 * The points of an address in the directory's newest version: the house asked for (or the nearest,
 * `approximate`), or several along the street if no number was given. `undefined` where there is
 * no directory or it does not know the street, so the caller can try the quarters' street lists.
 */
export async function addressPoints(repo: Repository, address: string): Promise<AddressPoint[] | undefined> {
  const key = streetKey(address);
  if (key.length < 3) return undefined;
  const [version] = await listAddressVersions(repo);
  const found = version && (await streetHouses(repo, version.id, key));
  if (!found) return undefined;
  const postcode = postcodeOf(address);
  // The same street name in two postal districts: the postcode typed decides, where the directory has it.
  const inPostcode = postcode ? found.houses.filter((h) => h.postcode === postcode) : [];
  const houses = inPostcode.length ? inPostcode : found.houses;
  const wanted = houseNumberOf(address);
  if (!wanted) return spread(houses).map((h) => ({ street: found.street, approximate: true, lat: h.lat, lng: h.lng }));
  const picked = pickHouse(houses, wanted);
  if (!picked) return [];
  const { house, approximate } = picked;
  return [{ street: found.street, houseNumber: formatHouseNumber(house), approximate, lat: house.lat, lng: house.lng }];
}
