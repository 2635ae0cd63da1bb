/**
 * Opens in a new tab an address that is known only after a request (a preview link, a report's blob
 * URL). The tab opens at once, while the click still counts as the user's (browsers block windows
 * opened later), and is sent on when the address arrives, or closed when the request fails.
 */
export async function openInNewTab(address: () => Promise<string>): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const url = await address();
    if (!tab) {
      window.open(url, '_blank', 'noopener');
      return;
    }
    tab.opener = null; // the opened page cannot reach back into the admin
    tab.location.href = url;
  } catch (err) {
    tab?.close();
    throw err;
  }
}
