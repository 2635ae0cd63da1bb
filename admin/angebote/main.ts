/**
 * The public offer finder (/angebote/): search, filters in the URL, results, an offer page, the
 * accessibility statement, and residents' participation (?seite=mitmachen, ?seite=status&key=…,
 * ?seite=umfrage&id=…, ?seite=ergebnisse&id=…, ?seite=veranstaltung&id=…, ?seite=anmeldung&key=…,
 * loaded on demand from participation.ts). Preact with htm (no build-time JSX, no UI framework)
 * keeps it light. No cookies, no tracking: the only requests go to the public API; the only thing
 * stored is the random device id of "Das betrifft mich auch" (participationApi.ts), once someone votes.
 */
import { render } from 'preact';
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { STATEMENT, targetGroupLabel, TEXTS, type Lang, type Texts } from './texts';
import { api, config, getJson, go, type Areas, type Config } from './core';
import './finder.css';
import { nowMs } from '../../shared/time/clock';
import { dateLabel } from '../../shared/time/months';

type Offer = Record<string, any>;

const FILTERS = ['q', 'theme', 'targetGroup', 'age', 'socialSpaceId', 'quarterId', 'weekday', 'language', 'free', 'wheelchair'] as const;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const PAGE = 20;
const OUTDATED_DAYS = 365;
/** The pages behind `?seite=`; those of participation come as a chunk of their own. */
const PARTICIPATION_PAGES = ['mitmachen', 'status', 'umfrage', 'ergebnisse', 'veranstaltung', 'anmeldung'];

const params = () => new URLSearchParams(location.search);
const langOf = (p: URLSearchParams): Lang => (p.get('lang') === 'en' ? 'en' : 'de');
const locale = (lang: Lang) => (lang === 'de' ? 'de-DE' : 'en-GB');

const dayName = (lang: Lang, code: string) => new Intl.DateTimeFormat(locale(lang), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(code))));
const timeSpan = (t: Texts, opens: string, closes: string) => `${opens}–${closes}${t.oclock ? ` ${t.oclock}` : ''}`;

/** "Di., 3. Dez., 15:00–17:00 Uhr" */
export function dateInWords(lang: Lang, t: Texts, d: { date: string; opens: string; closes: string }) {
  const day = new Intl.DateTimeFormat(locale(lang), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${d.date}T12:00:00Z`));
  return `${day}, ${timeSpan(t, d.opens, d.closes)}`;
}

/** "jeden Dienstag und Donnerstag, 15:00–17:00 Uhr" */
function scheduleInWords(lang: Lang, t: Texts, s: any) {
  const days = (s.byday ?? []).map((d: string) => dayName(lang, d));
  const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${days.at(-1)}` : days[0] ?? '';
  const when =
    s.freq === 'DAILY' ? t.daily : s.freq === 'ONCE' ? `${t.once} ${new Date(`${s.dtstart}T12:00:00Z`).toLocaleDateString(locale(lang), { timeZone: 'UTC' })}` : s.freq === 'MONTHLY' ? `${t.monthly}${list ? `, ${list}` : ''}` : s.interval > 1 ? `${t.everyN(s.interval)}, ${list}` : `${t.every} ${list}`;
  return `${when}, ${timeSpan(t, s.opens, s.closes)}`;
}

const placeOf = (o: Offer) => (o.centre ? [o.centre.name, o.centre.address && `${o.centre.address.street}, ${o.centre.address.postalCode} ${o.centre.address.city}`].filter(Boolean).join(', ') : [o.location?.name, o.location?.address?.street].filter(Boolean).join(', '));

function SearchForm({ lang, t, areas, p }: { lang: Lang; t: Texts; areas?: Areas; p: URLSearchParams }) {
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const next = new URLSearchParams();
    if (lang === 'en') next.set('lang', 'en');
    for (const k of FILTERS) {
      const v = form.get(k);
      if (typeof v === 'string' && v.trim()) next.set(k, v.trim());
    }
    go(next);
  };
  const select = (name: string, label: string, options: [string, string][]) => html`
    <div class="field">
      <label for=${`f-${name}`}>${label}</label>
      <select id=${`f-${name}`} name=${name} value=${p.get(name) ?? ''}>
        <option value="">${t.any}</option>
        ${options.map(([v, l]) => html`<option value=${v} selected=${p.get(name) === v}>${l}</option>`)}
      </select>
    </div>`;
  const languageName = new Intl.DisplayNames([locale(lang)], { type: 'language' });
  const space = p.get('socialSpaceId');
  return html`
    <form class="search" role="search" onSubmit=${submit}>
      <div class="field wide">
        <label for="f-q">${t.search}</label>
        <input id="f-q" name="q" type="search" value=${p.get('q') ?? ''} />
      </div>
      ${select('theme', t.theme, (areas?.themes ?? []).map((x) => [x, x]))}
      ${select('targetGroup', t.targetGroup, (areas?.targetGroups ?? []).map((g) => [g, targetGroupLabel(lang, g)]))}
      <div class="field narrow">
        <label for="f-age">${t.age}</label>
        <input id="f-age" name="age" type="number" inputmode="numeric" min="0" max="120" value=${p.get('age') ?? ''} />
      </div>
      ${select('socialSpaceId', t.socialSpace, (areas?.socialSpaces ?? []).map((s) => [s.id, s.name]))}
      ${select('quarterId', t.quarter, (areas?.quarters ?? []).filter((q) => !space || q.socialSpaceId === space).map((q) => [q.id, q.name]))}
      ${select('weekday', t.weekday, WEEKDAYS.map((d) => [d, dayName(lang, d)]))}
      ${select('language', t.language, (areas?.languages ?? []).map((l) => [l, languageName.of(l) ?? l]))}
      <div class="checks">
        <label><input type="checkbox" name="free" value="true" checked=${p.get('free') === 'true'} /> ${t.free}</label>
        <label><input type="checkbox" name="wheelchair" value="true" checked=${p.get('wheelchair') === 'true'} /> ${t.wheelchair}</label>
      </div>
      <div class="actions">
        <button type="submit">${t.submit}</button>
        <a href=${lang === 'en' ? '?lang=en' : '?'} onClick=${(e: Event) => { e.preventDefault(); go(new URLSearchParams(lang === 'en' ? 'lang=en' : '')); }}>${t.reset}</a>
      </div>
    </form>`;
}

function Results({ lang, t, p }: { lang: Lang; t: Texts; p: URLSearchParams }) {
  const [state, setState] = useState<{ offers: Offer[]; total: number; error?: boolean; loading: boolean }>({ offers: [], total: 0, loading: true });
  const shown = Number(p.get('n') ?? PAGE);
  const query = new URLSearchParams();
  for (const k of FILTERS) if (p.get(k)) query.set(k, p.get(k)!);
  query.set('range', JSON.stringify([0, shown - 1]));
  const key = query.toString();
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    getJson(`/public/offers?${key}`).then(
      ({ body, total }) => setState({ offers: body ?? [], total, loading: false }),
      () => setState({ offers: [], total: 0, error: true, loading: false }),
    );
  }, [key]);
  const open = (id: string) => (e: Event) => {
    e.preventDefault();
    const next = new URLSearchParams(p);
    next.set('angebot', id);
    go(next);
  };
  const more = () => {
    const next = new URLSearchParams(p);
    next.set('n', String(shown + PAGE));
    go(next);
  };
  // The map's state is in the URL too, so the back button closes it.
  const mapShown = p.get('karte') === '1';
  const toggleMap = () => {
    const next = new URLSearchParams(p);
    if (mapShown) next.delete('karte');
    else next.set('karte', '1');
    go(next);
  };
  const openOffer = (id: string) => {
    const next = new URLSearchParams(p);
    next.set('angebot', id);
    go(next);
  };
  return html`
    <section aria-labelledby="results-title">
      <h2 id="results-title" aria-live="polite">${state.loading ? t.loading : state.error ? t.error : t.results(state.total)}</h2>
      ${!state.loading && !state.error && state.total === 0 ? html`<p>${t.none}</p>` : null}
      ${state.offers.length ? html`<button type="button" class="map-toggle" aria-pressed=${mapShown} onClick=${toggleMap}>${mapShown ? t.hideMap : t.showMap}</button>` : null}
      ${mapShown && state.offers.length ? html`<${ResultsMap} t=${t} offers=${state.offers} open=${openOffer} />` : null}
      <ul class="results">
        ${state.offers.map(
          (o) => html`<li class="result">
            <h3><a href=${`?${new URLSearchParams({ ...Object.fromEntries(p), angebot: o.id })}`} onClick=${open(o.id)}>${o.title}</a></h3>
            <p class="next">${o.nextDates?.[0] ? html`<strong>${t.next}:</strong> ${dateInWords(lang, t, o.nextDates[0])}` : t.noDate}</p>
            ${placeOf(o) ? html`<p>${placeOf(o)}</p>` : null}
            ${o.organisationName ? html`<p class="org">${o.organisationName}</p>` : null}
          </li>`,
        )}
      </ul>
      ${state.offers.length < state.total ? html`<button type="button" class="more" onClick=${more}>${t.more}</button>` : null}
    </section>`;
}

/** Where an offer takes place, if it has coordinates (its centre's, or its own place's). */
const geoOf = (o: Offer): { lat: number; lng: number } | undefined => o.centre?.geo ?? o.location?.geo;

/** The results on a map: Leaflet and the boundaries are fetched only when the map is opened. */
function ResultsMap({ t, offers, open }: { t: Texts; offers: Offer[]; open: (id: string) => void }) {
  const element = useRef<HTMLDivElement>(null);
  const [illustrative, setIllustrative] = useState(false);
  useEffect(() => {
    let close: (() => void) | undefined;
    let live = true;
    Promise.all([import('./resultsMap'), getJson('/public/boundaries/social-spaces.geojson').catch(() => ({ body: { features: [] } }))]).then(([m, { body }]) => {
      if (!live || !element.current) return;
      setIllustrative(Boolean(body.illustrative));
      const points = offers.flatMap((o) => {
        const g = geoOf(o);
        return g ? [{ id: o.id, title: o.title, lat: g.lat, lng: g.lng }] : [];
      });
      close = m.showResultsMap(element.current, {
        spaces: body.features.map((f: any) => ({ id: f.id, name: f.properties.name, geometry: f.geometry })),
        points, zoomLabels: { in: t.zoomIn, out: t.zoomOut }, tileUrl: config.mapTileUrl, open,
      });
    });
    return () => {
      live = false;
      close?.();
    };
  }, [offers]);
  return html`<div class="map-wrap">
    <p class="map-note">${t.mapNote}${illustrative ? ` ${t.mapIllustrative}` : ''}</p>
    <div ref=${element} class="map" role="region" aria-label=${t.mapLabel} data-testid="results-map"></div>
  </div>`;
}

function OfferPage({ lang, t, id, p }: { lang: Lang; t: Texts; id: string; p: URLSearchParams }) {
  const [offer, setOffer] = useState<Offer | null | undefined>(undefined);
  useEffect(() => {
    getJson(`/public/offers/${encodeURIComponent(id)}`).then(({ body }) => setOffer(body ?? null), () => setOffer(null));
  }, [id]);
  const back = (e: Event) => {
    e.preventDefault();
    const next = new URLSearchParams(p);
    next.delete('angebot');
    go(next);
  };
  const backLink = html`<p class="noprint"><a href="?" onClick=${back}>← ${t.back}</a></p>`;
  if (offer === undefined) return html`<p>${t.loading}</p>`;
  if (offer === null) return html`${backLink}<p>${t.notFound}</p>`;
  const reviewed = offer.reviewedAt ? new Date(offer.reviewedAt) : undefined;
  const outdated = !reviewed || nowMs() - reviewed.getTime() > OUTDATED_DAYS * 86400000;
  const languageName = new Intl.DisplayNames([locale(lang)], { type: 'language' });
  return html`
    ${backLink}
    <article class="offer">
      <h2>${offer.title}</h2>
      ${outdated ? html`<p class="warning" role="note">${t.outdated}</p>` : null}
      <p>${offer.description}</p>
      <p>${t.ages(offer.minAge, offer.maxAge)} ${offer.targetGroups?.map((g: string) => targetGroupLabel(lang, g)).join(', ')}</p>
      <h3>${t.when}</h3>
      <ul>${(offer.schedules ?? []).map((s: any) => html`<li>${scheduleInWords(lang, t, s)}</li>`)}</ul>
      ${offer.nextDates?.length ? html`<p><strong>${t.next}:</strong> ${dateInWords(lang, t, offer.nextDates[0])}</p>` : null}
      ${offer.registrationRequired ? html`<p>${t.registration}</p>` : null}
      ${placeOf(offer) ? html`<h3>${t.where}</h3><p>${placeOf(offer)}</p>` : null}
      ${offer.organisationName ? html`<h3>${t.who}</h3><p>${offer.organisationName}</p>` : null}
      ${offer.contact ? html`<h3>${t.contact}</h3><ul>
        ${offer.contact.name ? html`<li>${offer.contact.name}</li>` : null}
        ${offer.contact.phone ? html`<li><a href=${`tel:${offer.contact.phone.replace(/\s/g, '')}`}>${offer.contact.phone}</a></li>` : null}
        ${offer.contact.email ? html`<li><a href=${`mailto:${offer.contact.email}`}>${offer.contact.email}</a></li>` : null}
        ${offer.contact.website ? html`<li><a href=${offer.contact.website}>${offer.contact.website}</a></li>` : null}
      </ul>` : null}
      <h3>${t.cost}</h3>
      <p>${offer.cost?.free !== false ? t.costFree : `${offer.cost.amountEur?.toLocaleString(locale(lang), { style: 'currency', currency: 'EUR' }) ?? ''} ${offer.cost.notes ?? ''}`}</p>
      <h3>${t.languages}</h3>
      <p>${(offer.languages ?? []).map((l: string) => languageName.of(l) ?? l).join(', ')}</p>
      <h3>${t.access}</h3>
      <p>${offer.accessibility?.wheelchair ? t.wheelchairYes : t.wheelchairNo}${offer.accessibility?.notes ? `. ${offer.accessibility.notes}` : ''}${offer.centre?.accessibility ? `. ${t.where.replace('?', ':')} ${offer.centre.accessibility}` : ''}</p>
      ${reviewed ? html`<p class="reviewed">${t.reviewed(dateLabel(reviewed, locale(lang)))}</p>` : null}
      <p class="noprint buttons">
        <a class="button" href=${api(`/public/offers/${encodeURIComponent(offer.id)}/calendar.ics`)} download>${t.calendar}</a>
        <button type="button" onClick=${() => print()}>${t.print}</button>
      </p>
    </article>`;
}

function Statement({ lang, t }: { lang: Lang; t: Texts }) {
  return html`<article><h2>${t.statement}</h2>${STATEMENT[lang].map((para) => html`<p>${para}</p>`)}</article>`;
}

/** Participation comes as a chunk of its own, fetched the first time one of its pages is opened. */
function Participation({ lang, t, areas, p }: { lang: Lang; t: Texts; areas?: Areas; p: URLSearchParams }) {
  const [part, setPart] = useState<typeof import('./participation') | 'failed'>();
  useEffect(() => {
    import('./participation').then((m) => setPart(m), () => setPart('failed'));
  }, []);
  if (part === 'failed') return html`<p role="alert">${t.join.loadFailed}</p>`;
  if (!part) return html`<p aria-live="polite">${t.loading}</p>`;
  const seite = p.get('seite');
  const Page =
    seite === 'status' ? part.StatusPage : seite === 'umfrage' ? part.SurveyPage : seite === 'ergebnisse' ? part.ResultsPage
    : seite === 'veranstaltung' ? part.ActivityPage : seite === 'anmeldung' ? part.SignUpPage : part.IdeaPage;
  return html`<${Page} lang=${lang} t=${t} areas=${areas} p=${p} />`;
}

function App() {
  const [p, setP] = useState(params());
  const [areas, setAreas] = useState<Areas>();
  useEffect(() => {
    const onPop = () => setP(params());
    addEventListener('popstate', onPop);
    getJson('/public/areas').then(({ body }) => setAreas(body), () => undefined);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const lang = langOf(p);
  const t = TEXTS[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang]);
  const switchLang = (e: Event) => {
    e.preventDefault();
    const next = new URLSearchParams(p);
    if (lang === 'de') next.set('lang', 'en');
    else next.delete('lang');
    go(next);
  };
  const page = p.get('seite');
  const id = p.get('angebot');
  /** A link to one of the finder's pages (`?seite=…`), in the current language, followed without reloading. */
  const pageLink = (seite?: string) => {
    const next = new URLSearchParams({ ...(seite ? { seite } : {}), ...(lang === 'en' ? { lang: 'en' } : {}) });
    return { href: `?${next}`, onClick: (e: Event) => { e.preventDefault(); go(next); } };
  };
  const joining = page !== null && PARTICIPATION_PAGES.includes(page);
  return html`
    <a class="skip" href="#main">${t.skip}</a>
    <header class="top">
      <p class="brand">Stadt Hamm · Stadtteilarbeit</p>
      <nav aria-label=${t.nav}>
        <ul>
          <li><a ...${pageLink()} aria-current=${!page ? 'page' : undefined}>${t.navOffers}</a></li>
          <li><a ...${pageLink('mitmachen')} aria-current=${joining ? 'page' : undefined}>${t.navJoin}</a></li>
        </ul>
      </nav>
      <a href="?" class="lang" lang=${lang === 'de' ? 'en' : 'de'} onClick=${switchLang}>${t.switchTo}</a>
    </header>
    <main id="main" tabindex="-1">
      <h1><a href=${lang === 'en' ? '?lang=en' : '?'} onClick=${(e: Event) => { e.preventDefault(); go(new URLSearchParams(lang === 'en' ? 'lang=en' : '')); }}>${t.title}</a></h1>
      ${page === 'barrierefreiheit'
        ? html`<${Statement} lang=${lang} t=${t} />`
        : joining
          ? html`<${Participation} lang=${lang} t=${t} areas=${areas} p=${p} />`
          : id
          ? html`<${OfferPage} lang=${lang} t=${t} id=${id} p=${p} />`
          : html`<p class="intro">${t.intro}</p><${SearchForm} lang=${lang} t=${t} areas=${areas} p=${p} /><${Results} lang=${lang} t=${t} p=${p} />`}
    </main>
    <footer class="bottom noprint">
      <p>${t.noCookies}</p>
      <ul>
        <li><a href=${`?seite=barrierefreiheit${lang === 'en' ? '&lang=en' : ''}`} onClick=${(e: Event) => { e.preventDefault(); go(new URLSearchParams({ seite: 'barrierefreiheit', ...(lang === 'en' ? { lang: 'en' } : {}) })); }}>${t.statement}</a></li>
        <li><a href=${config.imprintUrl ?? 'https://www.hamm.de/impressum'}>${t.imprint}</a></li>
        <li><a href=${config.privacyUrl ?? 'https://www.hamm.de/datenschutz'}>${t.privacy}</a></li>
      </ul>
    </footer>`;
}

fetch('/config.json')
  .then((r) => (r.ok ? r.json() : {}))
  .catch(() => ({}))
  .then((c: Config) => {
    Object.assign(config, c);
    render(html`<${App} />`, document.getElementById('finder')!);
  });
