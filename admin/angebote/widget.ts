/**
 * The embeddable offer list: one tag on a partner's or school's page,
 *   <script src="https://…/angebote/widget.js" data-social-space="norden" data-theme="Bildung" data-limit="5"></script>
 * renders current offers inside a shadow DOM (its styles and the page's stay apart), each linked to
 * the finder. Built on its own (vite.config.ts) as one small script; no cookies, no tracking.
 */
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  const origin = new URL(script.src).origin;
  const data = script.dataset;
  const limit = Math.min(20, Math.max(1, Number(data.limit ?? 5) || 5));
  const query = new URLSearchParams({ range: JSON.stringify([0, limit - 1]) });
  if (data.socialSpace) query.set('socialSpaceId', data.socialSpace);
  if (data.theme) query.set('theme', data.theme);
  if (data.targetGroup) query.set('targetGroup', data.targetGroup);

  const host = document.createElement('div');
  host.className = 'hamm-angebote';
  script.after(host);
  const root = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const style = el('style');
  style.textContent =
    ':host{display:block;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a}section{border:1px solid #c7c7c7;border-radius:8px;padding:12px 16px}h2{font-size:18px;margin:0 0 8px}ul{list-style:none;margin:0;padding:0}li{padding:6px 0;border-top:1px solid #e0e0e0}a{color:#0d47a1}a:focus-visible{outline:3px solid #ff9800;outline-offset:2px}.when{display:block;color:#4a4a4a;font-size:14px}.all{display:inline-block;margin-top:8px}';
  const section = el('section', undefined, { 'aria-label': 'Angebote der Stadtteilarbeit Hamm' });
  section.append(el('h2', 'Angebote in Hamm'));
  root.append(style, section);

  const finder = (extra: Record<string, string> = {}) => {
    const p = new URLSearchParams(extra);
    if (data.socialSpace) p.set('socialSpaceId', data.socialSpace);
    if (data.theme) p.set('theme', data.theme);
    return `${origin}/angebote/?${p}`;
  };
  fetch(`${origin}/v1/public/offers?${query}`)
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then((offers: { id: string; title: string; nextDates?: { date: string; opens: string; closes: string }[] }[]) => {
      const list = el('ul');
      for (const o of offers) {
        const item = el('li');
        item.append(el('a', o.title, { href: finder({ angebot: o.id }) }));
        const next = o.nextDates?.[0];
        if (next) {
          const day = new Intl.DateTimeFormat('de-DE', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${next.date}T12:00:00Z`));
          item.append(el('span', `${day}, ${next.opens}–${next.closes} Uhr`, { class: 'when' }));
        }
        list.append(item);
      }
      if (!offers.length) list.append(el('li', 'Zurzeit keine Angebote.'));
      section.append(list, el('a', 'Alle Angebote ansehen', { href: finder(), class: 'all' }));
    })
    .catch(() => section.append(el('p', 'Die Angebote sind gerade nicht erreichbar.')));
})();
