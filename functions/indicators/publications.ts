/**
 * Publishing an indicator in a social space (coordination's decision): the measures linked to it as
 * its projects must be measures of that social space's work plans. The publication itself is an
 * ordinary audited record: creating it publishes, deleting it unpublishes.
 */
import { IntegrityError } from '../../shared/db/errors.ts';
import { entities, type Item } from '../../shared/entities.ts';
import type { Call } from '../http/types.ts';
import { isPublicMeasure } from '../published/results.ts';

export async function publicationFits(call: Call, data: Item) {
  const measures = await call.deps.repo.batchGet(entities.measure, data.measureIds ?? []);
  const foreign = measures.filter((m) => m.socialSpaceId !== data.socialSpaceId);
  if (foreign.length)
    throw new IntegrityError('Linked measures belong to another social space', foreign.map((m) => ({ pointer: '/measureIds', detail: `Die Maßnahme „${m.title}“ gehört zu einem anderen Sozialraum` })));
  // A project shown with a published result is public: an internal measure's title never reaches the page.
  const internal = measures.filter((m) => !isPublicMeasure(m));
  if (internal.length)
    throw new IntegrityError('Linked measures are not public', internal.map((m) => ({ pointer: '/measureIds', detail: `Die Maßnahme „${m.title}“ ist nicht öffentlich: Markieren Sie sie zuerst als öffentlich` })));
}
