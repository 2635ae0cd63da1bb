/** What a refused answer says, for the dialogs: pure, so it is tested without a browser. */
type Translate = (key: string, options?: any) => string;

/** The German sentences of a problem (each conflict, each broken rule), else its translated message. */
export function problemLines(err: any, translate: Translate): string[] {
  if (err?.message === 'app.error.conflict') return [translate('app.error.conflict')];
  const list = Array.isArray(err?.body?.errors) ? err.body.errors : err?.body?.problem?.errors;
  if (Array.isArray(list) && list.length) return list.map((e: { detail: string }) => e.detail);
  return [translate(err?.message ?? 'ra.notification.http_error')];
}
