/** Routes of the organisations function: organisations, users, partner API keys and one's own settings. */
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { apiKey, ApiKeyCreated } from '../../schemas/apiKey.ts';
import { metaShape } from '../../schemas/common.ts';
import { organisation } from '../../schemas/organisation.ts';
import { OwnSettings, user, UserCreateBody } from '../../schemas/user.ts';
import { API_BASE } from './groups.ts';
import { crud, type Route } from './route.ts';

/** A user's own settings (a slice of their record; id `settings` for react-admin). */
export const MySettingsBody = OwnSettings.extend({ id: z.literal('settings').optional(), version: metaShape.version });
export const MySettings = OwnSettings.extend({ id: z.literal('settings'), version: metaShape.version });

export const routes: Route[] = [
  ...crud(entities.organisation, organisation, 'organisations'),
  ...crud(entities.user, user, 'organisations', { createBody: UserCreateBody }),
  // API keys are never edited: created (secret shown once), listed, revoked with DELETE.
  ...crud(entities.apiKey, apiKey, 'organisations', { createResponse: ApiKeyCreated, withoutUpdate: true }),
  {
    method: 'GET', path: `${API_BASE}/me/settings`, fn: 'organisations', operationId: 'getMySettings',
    summary: 'The signed-in user\'s own settings: the goal report and which reminders they receive', auth: 'clerk',
    permission: { resource: 'own-settings', action: 'read' }, response: MySettings,
  },
  {
    method: 'PUT', path: `${API_BASE}/me/settings`, fn: 'organisations', operationId: 'updateMySettings',
    summary: 'Change one\'s own report and reminder settings (send the version you read)', auth: 'clerk',
    permission: { resource: 'own-settings', action: 'update' }, body: MySettingsBody, response: MySettings,
  },
];
