/**
 * The route that confirms a translation of a record's German texts as right for the German text as it
 * now is (offers, public profiles, centres): one shape, one rule, one problem for a missing translation.
 */
import type { EntityType } from '../../entities.ts';
import type { EntitySchemas } from '../../entities.ts';
import type { FunctionGroup } from './groups.ts';
import { TranslationCode } from '../../schemas/translation.ts';
import { API_BASE } from './groups.ts';
import { IdParams, ReviewBody, type Auth, type Route } from './route.ts';

export const TranslationParams = IdParams.extend({ lang: TranslationCode });

export function confirmTranslationRoute(o: { path: string; fn: FunctionGroup; operationId: string; noun: string; resource: string; entity: EntityType; schemas: EntitySchemas; auth?: Auth }): Route {
  return {
    method: 'POST', path: `${API_BASE}/${o.path}/{id}/translations/{lang}/confirm`, fn: o.fn, operationId: o.operationId,
    summary: `Confirm that ${o.noun}'s translation is right for the German text as it now is (no longer out of date, no longer a machine draft)`, auth: o.auth ?? 'clerk',
    permission: { resource: o.resource, action: 'update' }, params: TranslationParams, body: ReviewBody, response: o.schemas.entity, entity: o.entity, bodyIsAction: true,
    rules: ['There must be a translation in `lang` (otherwise 400).'],
  };
}
