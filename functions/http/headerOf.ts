/**
 * A request header by its lower-case name, whatever case the caller sent it in: API Gateway passes
 * headers as they came, and only the wrapper's middy normalises them (the authorizer and code that
 * reads the raw event see them unnormalised).
 */
export function headerOf(headers: Record<string, string | undefined> | null | undefined, name: string): string | undefined {
  const h = headers ?? {};
  const key = Object.keys(h).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : (h[key] ?? undefined);
}
