/**
 * Sign-in against Cognito (cognito-local locally) with USER_PASSWORD_AUTH, using /config.json.
 * Permissions come from GET /v1/me and are judged by the same policy module as the API
 * (shared/policy.ts), so hidden buttons and API refusals agree.
 */
import type { AuthProvider } from 'react-admin';
import type * as z from 'zod';
import { authorize, capabilities, type Principal } from '../../shared/policy';
import type { Me } from '../../shared/contract/routes/system';
import { cognitoSender, type CognitoSend } from './auth/cognitoFlow';
import { getConfig } from './config';
import { DEPENDENCY_DEADLINE_MS } from '../../shared/dependencyLimits';
import { nowMs } from '../../shared/time/clock';
import { municipalityFrom, vocabularyFrom, vocabularyOf } from '../../shared/schemas/vocabulary';

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

/** The signed-in user's municipality as GET /v1/me names it: title, colours, logo (type-only: no zod in the bundle). */
export type TenantFace = NonNullable<z.infer<typeof Me>['tenant']>;

/** The signed-in user's tenant, or null (signed out, or the operator, who belongs to no tenant). */
export function tenantFace(): TenantFace | null {
  const raw = localStorage.getItem(ME);
  return raw ? (JSON.parse(raw).tenant ?? null) : null;
}

// Forms check themes and target groups against the signed-in tenant's lists, as the API does (shared/schemas/common.ts).
vocabularyFrom(() => vocabularyOf(tenantFace()));
municipalityFrom(() => tenantFace()?.name);

/** Whether the signed-in principal is the operator of the installation (who sees only the tenants). */
export const isOperator = (p: Principal | null = principal()): boolean => p?.kind === 'operator';

/** The stored answer of GET /v1/me, as text (a stable snapshot for React between changes). */
export const storedMe = (): string | null => localStorage.getItem(ME);

/** Fired on window when the stored GET /v1/me changes (sign-in, sign-out, the tenant's look changed). */
export const ME_CHANGED = 'hamm:me-changed';
function storeMe(text: string | null): void {
  if (text === null) localStorage.removeItem(ME);
  else localStorage.setItem(ME, text);
  window.dispatchEvent(new Event(ME_CHANGED));
}

/** Reads GET /v1/me again (after the tenant's settings changed), so the app bar shows the new title and colours at once. */
export async function refreshMe(): Promise<void> {
  const token = idToken();
  if (!token) return;
  const res = await fetch(`${(await getConfig()).apiUrl}/me`, { headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
  if (res?.ok) storeMe(await res.text());
}

/** Whether the signed-in user holds the admin role (for the pages that are the administration's alone). */
export function isAdmin(p: Principal | null = principal()): boolean {
  return p?.kind === 'user' && p.assignments.some((a) => a.role === 'admin');
}

function expired(token: string): boolean {
  try {
    const { exp } = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return exp * 1000 < nowMs() + 30000;
  } catch {
    return true;
  }
}

/** Cognito's JSON API: cognito-local locally, the regional endpoint in AWS. */
export async function cognitoSend(): Promise<{ send: CognitoSend; clientId: string }> {
  const cfg = await getConfig();
  return { send: cognitoSender(cfg.cognitoEndpoint ?? `https://cognito-idp.${cfg.region}.amazonaws.com/`), clientId: cfg.userPoolClientId };
}

/** A token that is still valid, and the account check that came with it. */
export function isSignedIn(): boolean {
  const token = idToken();
  return !!token && !expired(token) && !!principal();
}

/**
 * Before the app mounts: an anonymous visitor goes straight to the login page, and the address
 * they asked for is kept for after sign-in. (Letting react-admin find out by itself runs its
 * logout redirect thousands of times before the form shows; see docs/ARCHITECTURE.md.)
 */
const AFTER_LOGIN = 'hamm.afterLogin';
export function routeAnonymousToLogin(location: Location = window.location): void {
  if (isSignedIn() || location.hash.startsWith('#/login')) return;
  const wanted = location.hash.replace(/^#/, '');
  if (wanted && wanted !== '/') sessionStorage.setItem(AFTER_LOGIN, wanted);
  location.replace(`${location.pathname}${location.search}#/login`);
}

/** Where to go after sign-in: the deep link the visitor came with, once. */
export function takeAfterLogin(): string {
  const wanted = sessionStorage.getItem(AFTER_LOGIN);
  sessionStorage.removeItem(AFTER_LOGIN);
  return wanted && wanted.startsWith('/') && !wanted.startsWith('/login') ? wanted : '/';
}

export const authProvider: AuthProvider = {
  /**
   * Called by the login page with the ID token its sign-in flow ended with (challenges such as
   * a first-time new password are answered there), and checks the account with GET /v1/me.
   */
  async login({ idToken: token }: { idToken: string }) {
    const cfg = await getConfig();
    localStorage.setItem(TOKEN, token);
    // Bounded like every call to a dependency: a hanging API is the German "unavailable", not a spinner.
    const me = await fetch(`${cfg.apiUrl}/me`, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(DEPENDENCY_DEADLINE_MS + 1000) }).catch(() => undefined);
    if (!me?.ok) {
      localStorage.removeItem(TOKEN);
      // A 5xx (the API or a service behind it down) is no verdict on the account.
      throw new Error(me && me.status < 500 ? 'app.login.error.not_enabled' : 'app.login.error.unavailable');
    }
    storeMe(await me.text());
  },
  async logout() {
    localStorage.removeItem(TOKEN);
    storeMe(null);
  },
  async checkAuth() {
    if (!isSignedIn()) throw new Error('ra.auth.auth_check_error');
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
    if (p.kind === 'partner') return { id: p.id, fullName: p.organisationId, kind: 'partner' };
    return { id: p.id, fullName: p.name, kind: p.kind };
  },
  async getPermissions() {
    const p = principal();
    return p ? capabilities(p) : {};
  },
  async canAccess({ resource, action, record }) {
    const p = principal();
    if (!p) return false;
    if (resource === 'dashboard') return true;
    // Planning areas only where the tenant plans in them (its spatial levels).
    if (resource === 'planning-areas' && !tenantFace()?.levels.some((l) => l.key === 'planningArea')) return false;
    const apiAction = RA_TO_API[action];
    if (!apiAction) return true;
    // Report settings are governed by `reports`, one's own settings (`me`) by `own-settings`, boundary versions by `boundaries`.
    const judged = ({ 'report-settings': 'reports', me: 'own-settings', 'boundary-versions': 'boundaries' } as Record<string, string>)[resource] ?? resource;
    return authorize(p, judged, apiAction, { before: record, collection: !record }).allowed;
  },
};
