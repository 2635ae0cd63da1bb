/**
 * The demo's address directory: ILLUSTRATIVE house coordinates of the streets of Hammer Norden's and
 * Hammer Westen's quarters (shared/data/hamm-addresses.csv, written by infra/scripts/addressSeed.ts
 * inside the illustrative quarter cells), read and stored exactly as an admin's import of the
 * official Hauskoordinaten is, until the city's own are imported.
 */
import { readFileSync } from 'node:fs';
import { listAddressVersions, saveAddressVersion } from '../db/addressStore.ts';
import type { Repository } from '../db/repository.ts';
import { readAddressCsv } from '../geo/addressCsv.ts';
import { now } from '../time/clock.ts';

export const ILLUSTRATIVE_ADDRESS_SOURCE = 'Illustrativ: erfundene Hauskoordinaten der Straßen in Hammer Norden und Hammer Westen, in den illustrativen Quartiersgrenzen. Keine amtlichen Daten.';

export const illustrativeAddressCsv = () => readFileSync(new URL('../data/hamm-addresses.csv', import.meta.url), 'utf8');

/** Imports the illustrative directory if there is none yet; answers whether it did. */
export async function seedAddressDirectory(repo: Repository, actor: string): Promise<boolean> {
  if ((await listAddressVersions(repo)).length) return false;
  const read = readAddressCsv(illustrativeAddressCsv());
  if (!read.ok) throw new Error(`illustrative addresses: line ${read.errors[0].line}: ${read.errors[0].detail}`);
  await saveAddressVersion(repo, { source: ILLUSTRATIVE_ADDRESS_SOURCE, rows: read.rows, actor, at: now().toISOString() });
  return true;
}
