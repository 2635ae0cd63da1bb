/**
 * Organisations (Träger), users with their role assignments, and partner API keys.
 * Trigger: API Gateway REST routes of group `organisations` (shared/routes.ts).
 * Access patterns: 1, 2, 3 (API keys of an organisation), 5 (unique e-mail guard), 9 (API key hash).
 */
import { entities } from '../../shared/entities.ts';
import { crudImpls } from '../http/crud.ts';
import { httpFunction } from '../http/wrapper.ts';
import { apiKeyImpls } from './apiKeys.ts';

export const handler = httpFunction('organisations', {
  ...crudImpls(entities.organisation),
  ...crudImpls(entities.user),
  ...apiKeyImpls,
});
