/**
 * What a tenant id is. A tenant is one municipality; its id leads every partition key
 * (`<tenant>|offer#…`, shared/db/keys.ts), so it is short, lower-case and can never contain the
 * separator. `platform` is reserved for the operator's own items (the tenant registry).
 */
export const TENANT_ID = /^[a-z][a-z0-9-]{1,30}$/;

/** Separates the tenant from the rest of a partition key. Never part of a tenant id or of a logical key. */
export const TENANT_SEPARATOR = '|';

/** The operator's partition prefix: never a tenant's. */
export const PLATFORM = 'platform';

/**
 * The installation's first tenant. Data, accounts and API keys from before tenants existed are
 * Hamm's: the migration (shared/db/tenantMigration.ts) moves the data; an account without the
 * tenant attribute and an API key without a tenant in it were made before tenants, so for Hamm.
 */
export const FIRST_TENANT = 'hamm';

/** The tenant (or `platform`) a stored partition key is led by; `undefined` for a key from before tenants. */
export function tenantOfKey(pk: string): string | undefined {
  return /^([a-z][a-z0-9-]{1,30})\|/.exec(pk)?.[1];
}

export function isTenantId(value: unknown): value is string {
  return typeof value === 'string' && TENANT_ID.test(value) && value !== PLATFORM;
}

/**
 * The public address a request came to, as the CDN notes it (infra/stacks/viewerRequest.ts): the
 * viewer's host, plus `/t/<tenant>` where the address names its tenant in the path.
 */
export const PUBLIC_ADDRESS_HEADER = 'x-public-address';

/** A public address's parts: its host, and the tenant its path names (`angebote.example/t/musterstadt`; whether one exists is the registry's to say). */
export function parsePublicAddress(address: string): { host: string; pathTenant?: string } {
  const m = /^([^/]*)(?:\/t\/([a-z][a-z0-9-]{1,30}))?$/.exec(address.toLowerCase());
  if (!m) return { host: '' };
  return { host: m[1].replace(/:\d+$/, ''), ...(m[2] ? { pathTenant: m[2] } : {}) };
}
