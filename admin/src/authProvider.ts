/**
 * Sign-in against Cognito (cognito-local locally) with USER_PASSWORD_AUTH, using /config.json.
 * Permissions come from GET /v1/me and are judged by the same policy module as the API
 * (shared/policy.ts), so hidden buttons and API refusals agree.
 */
import type { AuthProvider } from 'react-admin';
import { authorize, capabilities, type Principal } from '../../shared/policy';
import { getConfig } from './config';

const TOKEN = 'hamm.idToken';
const ME = 'hamm.me';
const RA_TO_API: Record<string, 'read' | 'create' | 'update' | 'delete'> = { list: 'read', show: 'read', export: 'read', create: 'create', edit: 'update', delete: 'delete' };

export function idToken(): string | null {
  return localStorage.getItem(TOKEN);
}

export function principal(): Principal | null {
  const raw = localStorage.getItem(ME);
  return raw ? JSON.parse(raw).principal : null;
}

function expired(token: string): boolean {
  try {
    const { exp } = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return exp * 1000 < Date.now() + 30000;
  } catch {
    return true;
  }
}

async function cognito(target: string, body: unknown) {
  const cfg = await getConfig();
  const endpoint = cfg.cognitoEndpoint ?? `https://cognito-idp.${cfg.region}.amazonaws.com/`;
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${target}` },
    body: JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(json.__type?.includes('NotAuthorized') || json.code === 'NotAuthorizedException' ? 'ra.auth.sign_in_error' : json.message ?? 'ra.auth.sign_in_error');
  return json;
}

export const authProvider: AuthProvider = {
  async login({ username, password }) {
    const cfg = await getConfig();
    const res = await cognito('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: cfg.userPoolClientId, AuthParameters: { USERNAME: username, PASSWORD: password } });
    const token = res.AuthenticationResult?.IdToken;
    if (!token) throw new Error('ra.auth.sign_in_error');
    localStorage.setItem(TOKEN, token);
    const me = await fetch(`${cfg.apiUrl}/me`, { headers: { Authorization: `Bearer ${token}` } });
    if (!me.ok) {
      localStorage.removeItem(TOKEN);
      throw new Error('Ihr Konto ist nicht für diese Anwendung freigeschaltet.');
    }
    localStorage.setItem(ME, await me.text());
  },
  async logout() {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(ME);
  },
  async checkAuth() {
    const token = idToken();
    if (!token || expired(token) || !principal()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error) {
    if (error?.status === 401) {
      localStorage.removeItem(TOKEN);
      throw new Error('Sitzung abgelaufen');
    }
  },
  async getIdentity() {
    const p = principal();
    if (!p) throw new Error('not signed in');
    return p.kind === 'user' ? { id: p.id, fullName: p.name } : { id: p.id, fullName: p.organisationId };
  },
  async getPermissions() {
    const p = principal();
    return p ? capabilities(p) : {};
  },
  async canAccess({ resource, action, record }) {
    const p = principal();
    if (!p) return false;
    if (resource === 'dashboard') return true;
    const apiAction = RA_TO_API[action];
    if (!apiAction) return true;
    // Report settings are governed by the `reports` permissions.
    return authorize(p, resource === 'report-settings' ? 'reports' : resource, apiAction, { before: record, collection: !record }).allowed;
  },
};
