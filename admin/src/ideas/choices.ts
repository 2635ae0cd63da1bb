/**
 * Choices of an idea's status and moderation, from the shared value lists (zod-free, so the list
 * page does not load zod); their German words come from shared/format/labels.ts via the catalogue.
 */
import { IDEA_STATUSES, MODERATION_STATES } from '../../../shared/schemas/values';

const choices = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `app.enum.${prefix}.${id}` }));
export const ideaStatusChoices = choices('ideaStatus', IDEA_STATUSES);
export const moderationChoices = choices('moderation', MODERATION_STATES);
