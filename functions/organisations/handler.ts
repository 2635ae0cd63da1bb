/**
 * Organisations (Träger), users with their role assignments, and partner API keys.
 * Trigger: API Gateway REST routes of group `organisations` (shared/routes.ts).
 * Access patterns: 1, 2, 3 (API keys of an organisation), 5 (unique e-mail and sub guards), 9 (API key hash).
 * Users are created, changed and removed together with their Cognito accounts (users.ts).
 */
import { entities } from '../../shared/entities.ts';
import { crudImpls } from '../http/crud.ts';
import { httpFunction } from '../http/wrapper.ts';
import { apiKeyImpls } from './apiKeys.ts';
import { userImpls } from './users.ts';

export const handler = httpFunction('organisations', {
  ...crudImpls(entities.organisation),
  ...userImpls,
  ...apiKeyImpls,
});
