/**
 * Whether the API answered its last request with 503 (or not at all): the one flag behind the banner
 * every page shows then (layout/UnavailableBanner.tsx). Set by the data provider's httpClient, cleared
 * by its next answer, so the banner goes as soon as any request gets through again.
 */
let unavailable = false;
const listeners = new Set<() => void>();

export function setUnavailable(now: boolean): void {
  if (now === unavailable) return;
  unavailable = now;
  for (const l of listeners) l();
}

export const isUnavailable = (): boolean => unavailable;

export function onUnavailableChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
