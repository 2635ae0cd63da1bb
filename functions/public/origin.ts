/** The public address a request came to, for the absolute links of public answers. */
import { PUBLIC_ADDRESS_HEADER } from '../../shared/tenancy/tenant.ts';
import type { Call } from '../http/types.ts';

/**
 * The public address the caller used, for absolute links (the HSDS root's `openapi_url`, feed links):
 * as the CDN noted it (with a tenant's path form), else the host the API was called at.
 */
export function origin(call: Call): string {
  const h = call.headers;
  const address = h[PUBLIC_ADDRESS_HEADER] ?? h.host ?? 'localhost';
  const proto = h['x-forwarded-proto'] ?? (address.startsWith('localhost') || address.startsWith('127.') || /^[a-z0-9-]+\.localhost\b/.test(address) ? 'http' : 'https');
  return `${proto}://${address}`;
}

