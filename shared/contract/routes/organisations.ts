/** Routes of the organisations function: organisations, users, partner API keys, one's own settings, and the operator's tenants. */
import { tenant, TenantCreate, TenantOperation, TenantWithUsage } from '../../schemas/tenant.ts';
import { TENANT_ID } from '../../tenancy/tenant.ts';
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { apiKey, ApiKeyCreated } from '../../schemas/apiKey.ts';
import { metaShape } from '../../schemas/common.ts';
import { organisation } from '../../schemas/organisation.ts';
import { OwnSettings, user, UserCreateBody } from '../../schemas/user.ts';
import { API_BASE } from './groups.ts';
import { crud, ListQuery, type Route } from './route.ts';

const TenantParams = z.strictObject({ id: z.string().regex(TENANT_ID) });

/** A user's own settings (a slice of their record; id `settings` for react-admin). */
export const MySettingsBody = OwnSettings.extend({ id: z.literal('settings').optional(), version: metaShape.version });
export const MySettings = OwnSettings.extend({ id: z.literal('settings'), version: metaShape.version, publicConsentAt: z.string().optional() });

export const routes: Route[] = [
  ...crud(entities.organisation, organisation, 'organisations'),
  ...crud(entities.user, user, 'organisations', { createBody: UserCreateBody }),
  // API keys are never edited: created (secret shown once), listed, revoked with DELETE.
  ...crud(entities.apiKey, apiKey, 'organisations', { createResponse: ApiKeyCreated, withoutUpdate: true }),
  {
    method: 'GET', path: `${API_BASE}/me/settings`, fn: 'organisations', operationId: 'getMySettings',
    summary: 'The signed-in user\'s own settings: the goal report, which reminders they receive, their public contact data and whether they consent to be shown publicly', auth: 'clerk',
    permission: { resource: 'own-settings', action: 'read' }, response: MySettings,
  },
  {
    method: 'PUT', path: `${API_BASE}/me/settings`, fn: 'organisations', operationId: 'updateMySettings',
    summary: 'Change one\'s own report and reminder settings (send the version you read)', auth: 'clerk',
    permission: { resource: 'own-settings', action: 'update' }, body: MySettingsBody, response: MySettings,
  },
  {
    method: 'GET', path: `${API_BASE}/operator/tenants`, fn: 'organisations', operationId: 'listTenants',
    summary: 'Every tenant with this month\'s usage (requests, mails, items, storage), for the operator only', auth: 'clerk',
    permission: { resource: 'tenants', action: 'read' }, query: ListQuery, response: TenantWithUsage, list: true,
  },
  {
    method: 'GET', path: `${API_BASE}/operator/tenants/{id}`, fn: 'organisations', operationId: 'getTenant',
    summary: 'One tenant with this month\'s usage, for the operator only', auth: 'clerk',
    permission: { resource: 'tenants', action: 'read' }, params: TenantParams, response: TenantWithUsage,
  },
  {
    method: 'POST', path: `${API_BASE}/operator/tenants`, fn: 'organisations', operationId: 'createTenant',
    summary: 'Create a tenant and its first admin (who gets the invitation to sign in); audited in the new tenant\'s own audit trail', auth: 'clerk',
    permission: { resource: 'tenants', action: 'create' }, body: TenantCreate, response: tenant, status: 201,
  },
  {
    method: 'PUT', path: `${API_BASE}/operator/tenants/{id}`, fn: 'organisations', operationId: 'operateTenant',
    summary: 'Suspend or resume a tenant, or change its public addresses; audited in the tenant\'s own audit trail', auth: 'clerk',
    permission: { resource: 'tenants', action: 'update' }, params: TenantParams, body: TenantOperation, response: tenant,
    rules: ['A public address belongs to one tenant only (409 otherwise).'],
  },
];
