/**
 * The address directory in the one table (patterns 33, 34): per imported version, one item per
 * street, keyed by its folded name (`streetKey`), holding its houses as gzip-compressed tuples
 * (number, suffix, postcode, lat, lng). A resident's address is then two reads, never a Scan.
 *
 * As with boundaries (boundaryStore.ts), the street items are written first, each conditional on
 * being new, then the version item with its audit entry: readers find a version only once all its
 * streets are there, and an interrupted import leaves unreachable items and no half directory.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ulid } from 'ulid';
import { streetKey } from '../domain/streets.ts';
import type { AddressRow } from '../geo/addressCsv.ts';
import type { AddressVersion } from '../schemas/address.ts';
import type { Item } from '../entities.ts';
import { accessPatterns } from './accessPatterns.ts';
import { MAX_SHAPE_BYTES } from './boundaryStore.ts';
import { BadRequestError, ConflictError } from './errors.ts';
import { keys } from './keys.ts';
import type { Repository } from './repository.ts';
import { auditItem, commitTx, putAllNew, Tx } from './transaction.ts';

export interface House {
  number: number;
  suffix?: string;
  postcode?: string;
  lat: number;
  lng: number;
}

export interface StreetHouses {
  /** The street's name as the directory spells it. */
  street: string;
  houses: House[];
}

type Tuple = [number, string, string, number, number];
const toTuple = (h: House): Tuple => [h.number, h.suffix ?? '', h.postcode ?? '', h.lat, h.lng];
const fromTuple = ([number, suffix, postcode, lat, lng]: Tuple): House => ({ number, ...(suffix ? { suffix } : {}), ...(postcode ? { postcode } : {}), lat, lng });

/** The rows by street: the first spelling of a street names it; a house listed twice (two buildings, one address) counts once. */
export function groupByStreet(rows: AddressRow[]): Map<string, StreetHouses> {
  const streets = new Map<string, StreetHouses & { seen: Set<string> }>();
  for (const { street, ...house } of rows) {
    const key = streetKey(street);
    const entry = streets.get(key) ?? { street, houses: [], seen: new Set<string>() };
    streets.set(key, entry);
    const id = `${house.number}|${house.suffix ?? ''}|${house.postcode ?? ''}`;
    if (entry.seen.has(id)) continue;
    entry.seen.add(id);
    entry.houses.push(house);
  }
  return new Map([...streets].map(([k, { street, houses }]) => [k, { street, houses }]));
}

export async function saveAddressVersion(repo: Repository, v: { source: string; licence?: string; rows: AddressRow[]; actor: string; at: string }): Promise<AddressVersion> {
  const id = ulid();
  const streets = groupByStreet(v.rows);
  const items = [...streets].map(([key, s]) => {
    const houses = gzipSync(JSON.stringify(s.houses.map(toTuple)));
    if (houses.length > MAX_SHAPE_BYTES) throw new BadRequestError(`The street '${s.street}' has too many houses for one item`);
    return { ...keys.addressStreet(id, key), _type: 'addressStreet', street: s.street, houses };
  });
  await putAllNew(repo.doc, repo.table, items, (item) => new ConflictError(`street ${item.SK} exists`, 'duplicate'));
  const addresses = [...streets.values()].reduce((n, s) => n + s.houses.length, 0);
  const version: AddressVersion = { id, source: v.source, ...(v.licence ? { licence: v.licence } : {}), addresses, streets: streets.size, importedAt: v.at, importedBy: v.actor };
  const tx = new Tx().add(
    { Put: { TableName: repo.table, Item: { ...keys.addressVersion(id), _type: 'addressVersion', ...version }, ConditionExpression: 'attribute_not_exists(PK)' } },
    () => new ConflictError(`address version ${id} exists`, 'duplicate'),
  );
  tx.add(...auditItem(repo.table, { entityType: 'addressVersion', entityId: id, action: 'create', actor: v.actor, at: v.at, version: 1, changes: { source: { to: v.source }, addresses: { to: addresses }, streets: { to: streets.size } } }));
  await commitTx(repo.doc, tx);
  return version;
}

/** The directory's versions, newest first (pattern 33); the first is the one in use. */
export async function listAddressVersions(repo: Repository): Promise<AddressVersion[]> {
  const items = await repo.queryAll<Item>(accessPatterns.addressVersions());
  return items.map(({ PK, SK, _type, ...v }) => v as AddressVersion);
}

/** One street's houses in a version (pattern 34), by the street's key; none if the directory does not know it. */
export async function streetHouses(repo: Repository, versionId: string, key: string): Promise<StreetHouses | undefined> {
  const item = await repo.getRaw(keys.addressStreet(versionId, key));
  if (!item) return undefined;
  return { street: item.street, houses: (JSON.parse(gunzipSync(item.houses).toString('utf8')) as Tuple[]).map(fromTuple) };
}
