/**
 * The rooms' day locks (pattern 35) and their own use (36). A lock item holds one room's approved
 * occurrences of one Berlin day, buffers included, and a version. A change of them is written only in
 * the transaction of the booking whose occurrences it holds (`also` of its audited update), conditional
 * on the version read, or on the item's absence: two approvals that overlap can never both commit,
 * as two expenses can never overspend a budget line together. Built here so no handler builds a request.
 */
import type { Held, OwnUse } from '../domain/roomAvailability.ts';
import { accessPatterns } from './accessPatterns.ts';
import { ConflictError } from './errors.ts';
import { keys } from './keys.ts';
import type { Repository } from './repository.ts';
import type { OnFail, TxItem } from './transaction.ts';

export interface RoomDay {
  day: string;
  /** 0: no item yet. */
  version: number;
  held: Held[];
}

/** Another approval changed the day between our read and our write: read again and check again. */
export class RoomDayRace extends ConflictError {
  constructor(public day: string) {
    super(`the approved times of the room on ${day} changed concurrently`, 'stale-version');
  }
}

/** The room's lock items from `from` to `to` (Berlin days, inclusive), one Query. */
export async function readRoomDays(repo: Repository, roomId: string, from: string, to: string): Promise<Map<string, RoomDay>> {
  const items = await repo.queryAll(accessPatterns.roomDays(roomId, from, to));
  return new Map(items.map((i) => [i.day as string, { day: i.day, version: i.version, held: i.held ?? [] }]));
}

/** Day → the approved occurrences held, as the availability rules read them. */
export const heldByDay = (days: Map<string, RoomDay>) => new Map([...days].map(([d, r]) => [d, r.held]));

/** The offers and meetings using the room (their projection items). */
export async function listRoomUse(repo: Repository, roomId: string): Promise<OwnUse[]> {
  return repo.queryAll<OwnUse>(accessPatterns.inRoom(roomId));
}

/** The transaction items writing each changed day with its new contents, each over the version read. */
export function roomDayWrites(repo: Repository, roomId: string, changed: RoomDay[]): [TxItem, OnFail][] {
  return changed.map((d) => [
    {
      Update: {
        TableName: repo.table,
        Key: keys.roomDay(roomId, d.day),
        UpdateExpression: 'SET #type = :type, #day = :day, roomId = :room, held = :held, #version = :next',
        ConditionExpression: d.version === 0 ? 'attribute_not_exists(PK)' : '#version = :read',
        ExpressionAttributeNames: { '#type': '_type', '#day': 'day', '#version': 'version' },
        ExpressionAttributeValues: { ':type': 'roomDay', ':day': d.day, ':room': roomId, ':held': d.held, ':next': d.version + 1, ...(d.version === 0 ? {} : { ':read': d.version }) },
      },
    },
    () => new RoomDayRace(d.day),
  ]);
}
