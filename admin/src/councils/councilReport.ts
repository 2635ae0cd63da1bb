/**
 * The district report of a council's session (GET /v1/councils/{id}/report, text/html), fetched with
 * the ID token and opened as a blob URL in a new tab, ready to print. Without a session, the API picks
 * the next one. A blob URL shares the admin's origin, so the page is given a policy that runs no script.
 */
import { idToken } from '../authProvider';
import { getConfig } from '../config';
import { openInNewTab } from '../common/newTab';

const NO_SCRIPTS = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'">`;

const HEAD = /<head(\s[^>]*)?>/i; // not <header>
/** The report with the no-script policy first in its head. */
export const withoutScripts = (html: string) => (HEAD.test(html) ? html.replace(HEAD, (head) => `${head}${NO_SCRIPTS}`) : `${NO_SCRIPTS}${html}`);

async function reportUrl(councilId: string, session?: string): Promise<string> {
  const query = session ? `?session=${encodeURIComponent(session)}` : '';
  const res = await fetch(`${(await getConfig()).apiUrl}/councils/${encodeURIComponent(councilId)}/report${query}`, {
    headers: { Accept: 'text/html', Authorization: `Bearer ${idToken() ?? ''}` },
  });
  if (!res.ok) {
    // A problem's German detail where there is one (no session that day, no permission).
    const problem = await res.json().catch(() => undefined);
    throw new Error(problem?.detail ?? 'app.council.report_failed');
  }
  const href = URL.createObjectURL(new Blob([withoutScripts(await res.text())], { type: 'text/html;charset=utf-8' }));
  // Loaded by then; a reload of the tab afterwards has nothing to show, as with any download.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return href;
}

/** Opens the report of `session` (YYYY-MM-DD), or of the next session, in a new tab. */
export const openCouncilReport = (councilId: string, session?: string) => openInNewTab(() => reportUrl(councilId, session));
