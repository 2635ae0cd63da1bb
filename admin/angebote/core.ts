/**
 * What the finder's page and its on-demand parts (participation.ts) share: the runtime config, the
 * API's base, and moving between the finder's URLs. A module of its own, so a lazily loaded part
 * imports it without importing main.ts (which renders the page as it loads).
 */
export type Areas = { socialSpaces: { id: string; name: string }[]; quarters: { id: string; name: string; socialSpaceId: string }[]; themes: string[]; targetGroups: string[]; languages: string[] };
export type Config = { publicApiUrl?: string; imprintUrl?: string; privacyUrl?: string; mapTileUrl?: string };

/** Filled once from /config.json before the first render. */
export const config: Config = {};
export const api = (path: string) => `${config.publicApiUrl ?? '/v1'}${path}`;

export async function getJson(path: string): Promise<{ body: any; total: number }> {
  const res = await fetch(api(path));
  if (res.status === 404) return { body: undefined, total: 0 };
  if (!res.ok) throw new Error(String(res.status));
  const total = Number(/\/(\d+)$/.exec(res.headers.get('Content-Range') ?? '')?.[1] ?? 0);
  return { body: await res.json(), total };
}

/** Moves to another URL of the finder (filters, an offer, a page) without reloading. */
export function go(next: URLSearchParams) {
  const qs = next.toString();
  history.pushState(null, '', qs ? `?${qs}` : location.pathname);
  dispatchEvent(new PopStateEvent('popstate'));
}
