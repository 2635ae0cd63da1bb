/**
 * Organisations (Träger), users with their role assignments, and partner API keys.
 * Trigger: API Gateway REST routes of group `organisations` (shared/contract/routes/organisations.ts).
 * Access patterns: 1, 2, 3 (API keys of an organisation), 5 (unique e-mail and sub guards), 9 (API key hash).
 * `/v1/me/settings` reads and changes the caller's own user record (1): mySettings.ts.
 * Users are created, changed and removed together with their Cognito accounts (users.ts).
 * The operator's tenant registry (tenants.ts): P1, P2 and P5, outside every tenant.
 */
import { entities } from '../../shared/entities.ts';
import { crudImpls } from '../http/crud.ts';
import { httpFunction } from '../http/wrapper.ts';
import { apiKeyImpls } from './apiKeys.ts';
import { userImpls } from './users.ts';
import { tenantImpls } from './tenants.ts';
import { mySettingsImpls } from './mySettings.ts';

export const handler = httpFunction(() => import('../../shared/contract/routes/organisations.ts'), {
  ...crudImpls(entities.organisation),
  ...userImpls,
  ...apiKeyImpls,
  ...tenantImpls,
  ...mySettingsImpls,
});
