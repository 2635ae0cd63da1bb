/**
 * The tenant a piece of work acts for. The HTTP wrapper enters it from the authenticated principal
 * (or, for public routes, from the host the request came to), the authorizer from the token or the
 * API key, the scheduled jobs once per tenant. The key module reads it for every key it builds, so no
 * handler passes a tenant around and none can pick another: a scope, once entered, cannot be entered
 * again for a different tenant.
 *
 * Work outside any request (a script, the local seed, a test process) may name a process tenant; a
 * Lambda function never does, so a key built outside a scope there fails instead of guessing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { FIRST_TENANT, isTenantId } from './tenant.ts';
import { holidayRegionFrom } from '../time/workingDays.ts';
import { municipalityFrom, vocabularyFrom, vocabularyOf } from '../schemas/vocabulary.ts';

/**
 * What code deep down needs to know of the tenant it works for, from its registry entry: its state
 * (the holiday calendar), its name (`Stadt Hamm`) and the title its pages and mails carry
 * (`Stadtteilarbeit Hamm`).
 */
export interface TenantFacts {
  state: string;
  name: string;
  title: string;
  /** Its first public address: where links in its mails point (absent: the installation's PUBLIC_URL). */
  host?: string;
  /** The keys of its spatial levels, largest first (absent: DEFAULT_LEVELS, shared/tenancy/facts.ts). */
  levels?: readonly string[];
  /** Its own themes and target groups (absent: the shared lists, shared/schemas/vocabulary.ts). */
  themes?: readonly string[];
  targetGroups?: readonly string[];
}
interface Scope {
  tenant: string;
  facts?: Partial<TenantFacts>;
}
const scope = new AsyncLocalStorage<Scope>();

/** The state whose holidays count where no tenant's is known (Hamm's, Nordrhein-Westfalen). */
export const DEFAULT_STATE = 'NW';
/** The first tenant's facts: they hold wherever no registry entry says otherwise (scripts, tests, a registry not yet written). */
export const FIRST_TENANT_FACTS: TenantFacts = { state: DEFAULT_STATE, name: 'Stadt Hamm', title: 'Stadtteilarbeit Hamm' };
let processTenant: string | undefined;
let processFacts: Partial<TenantFacts> = {};

export class TenantScopeError extends Error {
  override name = 'TenantScopeError';
}

function checked(tenant: string): string {
  if (!isTenantId(tenant)) throw new TenantScopeError(`Not a tenant id: ${JSON.stringify(tenant)}`);
  return tenant;
}

/**
 * Runs `fn` for `tenant` (whose state, where known, selects the holidays). Inside another tenant's
 * scope it refuses: one request, one tenant.
 */
export function inTenant<T>(tenant: string, fn: () => T, facts: Partial<TenantFacts> = {}): T {
  const current = scope.getStore();
  if (current !== undefined && current.tenant !== tenant) throw new TenantScopeError(`Work for tenant ${current.tenant} cannot act for tenant ${tenant}`);
  return scope.run({ tenant: checked(tenant), facts: { ...current?.facts, ...facts } }, fn);
}

/** The facts of the tenant in scope; a tenant no entry describes is named by its id. */
export function tenantFacts(): TenantFacts {
  const tenant = scope.getStore()?.tenant ?? processTenant;
  const known = tenant === undefined || tenant === FIRST_TENANT ? FIRST_TENANT_FACTS : { state: DEFAULT_STATE, name: tenant, title: `Stadtteilarbeit ${tenant}` };
  return { ...known, ...(scope.getStore()?.facts ?? processFacts) };
}

/** The German state of the tenant in scope (feiertagejs region), for working days and the report schedule. */
export function tenantState(): string {
  return tenantFacts().state;
}
// Working days count the holidays of the tenant in scope.
holidayRegionFrom(tenantState);
// Requests are checked against the themes and target groups of the tenant in scope.
vocabularyFrom(() => vocabularyOf(tenantFacts()));
// An address without a town lies in the tenant's own.
municipalityFrom(() => tenantFacts().name);

/** The tenant of the current work; throws when there is none. */
export function currentTenant(): string {
  const tenant = scope.getStore()?.tenant ?? processTenant;
  if (tenant === undefined) throw new TenantScopeError('No tenant in scope: the work was started outside a request, job or tenant scope');
  return tenant;
}

/** Whether a tenant scope (not only a process tenant) is entered. */
export function inScope(): boolean {
  return scope.getStore() !== undefined;
}

/** The tenant of code outside any request (scripts, the local seed, tests), with its facts where known; `undefined` clears it. */
export function setProcessTenant(tenant: string | undefined, facts: Partial<TenantFacts> = {}): void {
  processTenant = tenant === undefined ? undefined : checked(tenant);
  processFacts = tenant === undefined ? {} : facts;
}
