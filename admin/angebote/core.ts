/**
 * What the finder's page and its on-demand parts (participation.ts) share: the runtime config, the
 * API's base, and moving between the finder's URLs. A module of its own, so a lazily loaded part
 * imports it without importing main.ts (which renders the page as it loads).
 */
import { DEPENDENCY_DEADLINE_MS } from '../../shared/dependencyLimits';

export type Areas = { socialSpaces: { id: string; name: string }[]; quarters: { id: string; name: string; socialSpaceId: string }[]; themes: string[]; targetGroups: string[]; languages: string[] };
export type Config = { publicApiUrl?: string; imprintUrl?: string; privacyUrl?: string; mapTileUrl?: string };

/**
 * Whose pages these are (GET /v1/public/tenant, decided by the host the finder was opened at): its name
 * (`{municipality}` in the catalogues, e.g. "Stadt Hamm"), the title of its pages (`{service}`, e.g.
 * "Stadtteilarbeit Hamm"), its colours (textOnBrand has at least 4.5 : 1 on brandColour; the server checks)
 * and logo. The shape of the contract's PublicTenant, written out so that no zod enters the bundle.
 */
export type Tenant = { id: string; name: string; title: string; brandColour: string; textOnBrand: string; logoUrl?: string; languages: string[] };

/** Filled once from /config.json before the first render. */
export const config: Config = {};
/** Filled once from /v1/public/tenant before the first render (the finder shows nothing of anyone's until then). */
export const tenant = {} as Tenant;
/**
 * The API's address: beside the page, and in a tenant's path form (`/t/musterstadt/angebote/`) under
 * the same prefix, so the CDN knows whose pages these are (infra/stacks/viewerRequest.ts).
 */
export const pathPrefix = /^\/t\/[a-z][a-z0-9-]{1,30}(?=\/)/.exec(location.pathname)?.[0] ?? '';
export const api = (path: string) => `${config.publicApiUrl ?? `${pathPrefix}/v1`}${path}`;

export async function getJson(path: string): Promise<{ body: any; total: number }> {
  // The API answers within the deadline (503 included); beyond it the page says so instead of waiting on.
  const res = await fetch(api(path), { signal: AbortSignal.timeout(DEPENDENCY_DEADLINE_MS + 3000) });
  if (res.status === 404) return { body: undefined, total: 0 };
  if (!res.ok) throw new Error(String(res.status));
  const total = Number(/\/(\d+)$/.exec(res.headers.get('Content-Range') ?? '')?.[1] ?? 0);
  return { body: await res.json(), total };
}

/**
 * The parameters of a link within the finder: `page`, and the language the current URL names
 * (`?lang=`), so that a link followed or shared opens in the language chosen. Without `?lang=` the
 * browser's preference decides again, which gives the same language.
 */
export function finderParams(page: Record<string, string> | URLSearchParams = {}): URLSearchParams {
  const next = new URLSearchParams(page);
  const lang = new URLSearchParams(location.search).get('lang');
  if (lang && !next.has('lang')) next.set('lang', lang);
  return next;
}

/** The attributes of a link to a page of the finder, in the current language, followed without reloading. */
export function finderLink(page: Record<string, string> | URLSearchParams = {}) {
  const next = finderParams(page);
  return {
    href: `?${next}`,
    onClick: (e: MouseEvent) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return; // a new tab or window: the browser's business
      e.preventDefault();
      go(next);
    },
  };
}

/** Moves to another URL of the finder (filters, an offer, a page) without reloading. */
export function go(next: URLSearchParams) {
  const qs = next.toString();
  history.pushState(null, '', qs ? `?${qs}` : location.pathname);
  dispatchEvent(new PopStateEvent('popstate'));
}
