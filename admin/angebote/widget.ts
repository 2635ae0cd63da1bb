/**
 * The embeddable offer list: one tag on a partner's or school's page,
 *   <script src="https://…/angebote/widget.js" data-social-space="norden" data-theme="Bildung" data-limit="5" data-lang="tr"></script>
 * renders current offers inside a shadow DOM (its styles and the page's stay apart), each linked to
 * the finder. Built on its own (vite.config.ts) as one small script; no cookies, no tracking.
 * Its language: `data-lang`, else the host page's `<html lang>` where it is one of the finder's
 * languages, else German. Its few texts are the catalogues' `widget.*`, inlined by its build (widgetTexts.ts).
 * Whose offers they are, and so the name in its heading, the API says from the address the script came from
 * (GET /v1/public/tenant), asked together with the offers.
 */
import { intlLocale, languageOf, negotiate } from '../../shared/i18n/languages';
import { format } from '../../shared/i18n/messages';
import type { Message } from '../../shared/i18n/messages';

/** By language, the widget's messages: put in by the build (admin/vite.config.ts, from widgetTexts.ts). */
declare const __WIDGET_TEXTS__: Record<string, Record<string, Message>>;
const TEXTS = __WIDGET_TEXTS__;

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  // Where the finder lives: the script's own folder's parent, so a tenant's path form (`…/t/musterstadt/angebote/widget.js`) is kept.
  const base = new URL('..', script.src).href.replace(/\/$/, '');
  const data = script.dataset;
  const language = languageOf(data.lang) ?? languageOf(negotiate([document.documentElement.lang].filter(Boolean)))!;
  const lang = language.code;
  const locale = intlLocale(lang);
  const texts: Record<string, Message> = { ...TEXTS.de, ...TEXTS[lang] };
  const isolate = (s: string) => (language.dir === 'rtl' ? `\u2068${s}\u2069` : s);
  /** The tenant's name and title, once known, fill `{municipality}` and `{service}`. */
  let whose: Record<string, string> = {};
  const text = (key: string, params?: Record<string, string>) => format(texts[key] as string, locale, { ...whose, ...params });
  /** Between the day and the time: the comma of Arabic script on a right-to-left widget. */
  const comma = language.dir === 'rtl' ? '\u060c ' : ', ';

  const limit = Math.min(20, Math.max(1, Number(data.limit ?? 5) || 5));
  const query = new URLSearchParams({ range: JSON.stringify([0, limit - 1]), lang });
  if (data.socialSpace) query.set('socialSpaceId', data.socialSpace);
  if (data.theme) query.set('theme', data.theme);
  if (data.targetGroup) query.set('targetGroup', data.targetGroup);

  const host = document.createElement('div');
  host.className = 'hamm-angebote';
  script.after(host);
  const root = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, content?: string, attrs: Record<string, string> = {}) => {
    const node = document.createElement(tag);
    if (content) node.textContent = content;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const style = el('style');
  style.textContent =
    ':host{display:block;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a}section{border:1px solid #c7c7c7;border-radius:8px;padding:12px 16px}h2{font-size:18px;margin:0 0 8px}ul{list-style:none;margin:0;padding:0}li{padding:6px 0;border-top:1px solid #e0e0e0}a{color:#0d47a1}a:focus-visible{outline:3px solid #ff9800;outline-offset:2px}.when{display:block;color:#4a4a4a;font-size:14px}.all{display:inline-block;margin-top:8px}';
  const section = el('section', undefined, { lang, dir: language.dir });
  root.append(style, section);

  // Links open the finder in the widget's language; in German the reader's browser decides there.
  const finder = (extra: Record<string, string> = {}) => {
    const p = new URLSearchParams(extra);
    if (data.socialSpace) p.set('socialSpaceId', data.socialSpace);
    if (data.theme) p.set('theme', data.theme);
    if (lang !== 'de') p.set('lang', lang);
    return `${base}/angebote/?${p}`;
  };
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
  const clock = (t: string) => isolate(time.format(new Date(`2024-01-01T${t}:00Z`)));
  const json = (path: string) => fetch(`${base}/v1/public/${path}`).then((r) => (r.ok ? r.json() : Promise.reject(r.status)));
  Promise.all([json('tenant'), json(`offers?${query}`)])
    .then(([tenant, offers]: [{ name: string; title: string }, { id: string; title: string; textLang?: { title?: string }; nextDates?: { date: string; opens: string; closes: string }[] }[]]) => {
      whose = { municipality: isolate(tenant.name), service: isolate(tenant.title) };
      section.setAttribute('aria-label', text('label'));
      section.append(el('h2', text('heading')));
      const list = el('ul');
      for (const o of offers) {
        const item = el('li');
        const titleLang = o.textLang?.title;
        const other = titleLang && titleLang !== lang ? languageOf(titleLang) : undefined;
        item.append(el('a', o.title, { href: finder({ angebot: o.id }), ...(other ? { lang: other.code, dir: other.dir } : {}) }));
        const next = o.nextDates?.[0];
        if (next) item.append(el('span', `${isolate(day.format(new Date(`${next.date}T12:00:00Z`)))}${comma}${text('time', { start: clock(next.opens), end: clock(next.closes) })}`, { class: 'when' }));
        list.append(item);
      }
      if (!offers.length) list.append(el('li', text('none')));
      section.append(list, el('a', text('all'), { href: finder(), class: 'all' }));
    })
    .catch(() => section.append(el('p', text('error'))));
})();
