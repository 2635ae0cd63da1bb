/** Cross-record rules checked before a write (409 when violated, with the offending field). */
import { IntegrityError } from '../../shared/db/errors.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { spacesOf } from '../../shared/policy.ts';
import type { Call } from './types.ts';

/** Quarters (and a centre) named on a record must lie in the record's social spaces. */
export async function placesWithinSpaces(call: Call, data: Item): Promise<void> {
  const spaces = spacesOf(data);
  const quarterIds: string[] = data.quarterIds ?? (data.quarterId ? [data.quarterId] : []);
  const field = data.quarterIds ? 'quarterIds' : 'quarterId';
  const quarters = await call.deps.repo.batchGet(entities.quarter, quarterIds);
  for (const q of quarters)
    if (!spaces.includes(q.socialSpaceId))
      throw new IntegrityError(`Quarter '${q.id}' lies in social space '${q.socialSpaceId}', which this record does not serve`, [
        { pointer: `/${field}`, detail: `Quartier ${q.name} liegt nicht in den gewählten Sozialräumen` },
      ]);
  await roomInCentre(call, data);
  if (data.centreId) {
    const [centre] = await call.deps.repo.batchGet(entities.centre, [data.centreId]);
    if (centre && !spaces.includes(centre.socialSpaceId))
      throw new IntegrityError(`Centre '${centre.id}' stands in social space '${centre.socialSpaceId}', which this offer does not serve`, [
        { pointer: '/centreId', detail: `${centre.name} liegt nicht in den gewählten Sozialräumen` },
      ]);
  }
}

/** A room named on an offer or meeting is a room of its centre (its schedules occupy that room). */
export async function roomInCentre(call: Call, data: Item): Promise<void> {
  if (!data.roomId) return;
  const room = await call.deps.repo.find(entities.room, data.roomId);
  if (room && room.centreId !== data.centreId)
    throw new IntegrityError(`Room '${room.id}' belongs to centre '${room.centreId}', not to this record's centre`, [{ pointer: '/roomId', detail: `${room.name} gehört nicht zum gewählten Zentrum` }]);
}
