/**
 * The names the contract is built from, without any schema: the API's base path, the function
 * groups, the CORS headers and the naming rule of the generic operations. CDK, the bundler and the
 * authorizer read these without loading zod.
 */
import type { EntityType } from '../../entities.ts';

export const API_BASE = '/v1';

/** The request headers the API accepts from the admin UI's origin (CORS), in AWS and locally. */
export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, X-Api-Key, Idempotency-Key, If-Match, X-Correlation-Id';

/** The Lambda functions; each serves the routes of its group (./<group>.ts) through one middy http-router. */
export const FUNCTION_GROUPS = ['spatial', 'boundaries', 'organisations', 'offers', 'indicators', 'networks', 'planning', 'public', 'system', 'reports', 'participation', 'imports'] as const;
export type FunctionGroup = (typeof FUNCTION_GROUPS)[number];

/** Limits of the list parameters (react-admin conventions), documented in OpenAPI. */
export const JSON_PARAM_MAX = 4000;
export const MAX_PAGE = 1000;

/** The naming rule of the generic routes, written once: `listOffers`, `createOffer`, … */
export function crudOperationIds(type: EntityType) {
  const name = type[0].toUpperCase() + type.slice(1);
  return { list: `list${name}s`, create: `create${name}`, get: `get${name}`, update: `update${name}`, delete: `delete${name}` };
}
