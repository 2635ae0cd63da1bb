/**
 * The public offer finder (/angebote/): search, filters in the URL, results, an offer page, the
 * accessibility statement, and residents' participation (?seite=mitmachen, ?seite=status&key=…,
 * ?seite=umfrage&id=…, ?seite=ergebnisse&id=…, ?seite=veranstaltung&id=…, ?seite=anmeldung&key=…,
 * asking for a room, ?seite=raum&id=…&zentrum=…, and the request's page, ?seite=raumanfrage&key=…,
 * loaded on demand from participation.ts), and the quarters in public (?seite=stadtteil, ?seite=sozialraum&id=…,
 * ?seite=quartier&id=…, ?seite=zentrum&id=…, loaded on demand from areas.ts). Preact with htm (no build-time JSX, no UI framework)
 * keeps it light. Whose finder it is comes from the address it was opened at: the API names the tenant
 * (GET /v1/public/tenant), whose name, title and colours the page then wears; index.html stays neutral.
 * It speaks every language of shared/i18n/languages.json (i18n.ts): `?lang=` or the
 * browser's preference, a language menu, right to left where the language writes so; offers come from the
 * API in the page's language where translated, each text marked with the language it is in.
 * No cookies, no tracking: the only requests go to the public API; the only thing
 * stored is the random device id of "Das betrifft mich auch" (participationApi.ts), once someone votes.
 */
import { render } from 'preact';
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES } from '../../shared/i18n/languages';
import { nowMs } from '../../shared/time/clock';
import { api, config, finderLink, finderParams, getJson, go, tenant, type Areas, type Config, type Tenant } from './core';
import { backArrow, langAttrs, load, pageLanguage, parts, type Key, type T, inGerman } from './i18n';
import { dateInWords, dayName, instantDay, scheduleInWords, WEEKDAYS } from './when';
import { TranslationNote } from './translationNote';
import './finder.css';

type Offer = Record<string, any>;
/** The texts of an offer that may come translated, as the API's `textLang` names them. */
type TextField = 'title' | 'description' | 'scheduleNotes' | 'costNote' | 'accessibilityNote';

const FILTERS = ['q', 'theme', 'targetGroup', 'age', 'socialSpaceId', 'quarterId', 'weekday', 'language', 'free', 'wheelchair'] as const;
const PAGE = 20;
const OUTDATED_DAYS = 365;
/** The pages behind `?seite=`; those of participation come as a chunk of their own. */
const PARTICIPATION_PAGES = ['mitmachen', 'status', 'umfrage', 'ergebnisse', 'veranstaltung', 'anmeldung', 'raum', 'raumanfrage'];
/** The pages of the quarters in public (issue 33), a chunk of their own too (areas.ts). */
const AREA_PAGES = ['stadtteil', 'sozialraum', 'quartier', 'zentrum'];

const params = () => new URLSearchParams(location.search);

const placeOf = (o: Offer) => (o.centre ? [o.centre.name, o.centre.address && `${o.centre.address.street}, ${o.centre.address.postalCode} ${o.centre.address.city}`].filter(Boolean).join(', ') : [o.location?.name, o.location?.address?.street].filter(Boolean).join(', '));

/**
 * The language one of an offer's texts is in (`textLang`, from the API), as lang/dir attributes where
 * it is not the page's. An answer without `textLang` (an older API) counts as in the page's language.
 */
const textAttrs = (t: T, o: Offer, field: TextField) => langAttrs(t, o.textLang?.[field]);
/** Whether a text stands in German on a page in another language (it has no translation into this one). */
const onlyGerman = (t: T, o: Offer, field: TextField) => t.lang !== 'de' && o.textLang?.[field] === 'de';
const germanNote = (t: T) => html`<p class="lang-note">${t('translation.inGerman')}</p>`;

function SearchForm({ t, areas, p }: { t: T; areas?: Areas; p: URLSearchParams }) {
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const next = finderParams();
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
        <option value="">${t('any')}</option>
        ${options.map(([v, l]) => html`<option value=${v} selected=${p.get(name) === v}>${l}</option>`)}
      </select>
    </div>`;
  const languageName = new Intl.DisplayNames([t.locale], { type: 'language' });
  const space = p.get('socialSpaceId');
  return html`
    <form class="search" role="search" onSubmit=${submit}>
      <div class="field wide">
        <label for="f-q">${t('search')}</label>
        <input id="f-q" name="q" type="search" value=${p.get('q') ?? ''} />
      </div>
      ${select('theme', t('theme'), (areas?.themes ?? []).map((x) => [x, t.label('theme', x)]))}
      ${select('targetGroup', t('targetGroup'), (areas?.targetGroups ?? []).map((g) => [g, t.label('targetGroup', g)]))}
      <div class="field narrow">
        <label for="f-age">${t('age')}</label>
        <input id="f-age" name="age" type="number" inputmode="numeric" min="0" max="120" value=${p.get('age') ?? ''} />
      </div>
      ${select('socialSpaceId', t('socialSpace'), (areas?.socialSpaces ?? []).map((s) => [s.id, s.name]))}
      ${select('quarterId', t('quarter'), (areas?.quarters ?? []).filter((q) => !space || q.socialSpaceId === space).map((q) => [q.id, q.name]))}
      ${select('weekday', t('weekday'), WEEKDAYS.map((d) => [d, dayName(t, d)]))}
      ${select('language', t('language'), (areas?.languages ?? []).map((l) => [l, languageName.of(l) ?? l]))}
      <div class="checks">
        <label><input type="checkbox" name="free" value="true" checked=${p.get('free') === 'true'} /> ${t('free')}</label>
        <label><input type="checkbox" name="wheelchair" value="true" checked=${p.get('wheelchair') === 'true'} /> ${t('wheelchair')}</label>
      </div>
      <div class="actions">
        <button type="submit">${t('submit')}</button>
        <a ...${finderLink()}>${t('reset')}</a>
      </div>
    </form>`;
}

function Results({ t, p }: { t: T; p: URLSearchParams }) {
  const [state, setState] = useState<{ offers: Offer[]; total: number; error?: boolean; loading: boolean }>({ offers: [], total: 0, loading: true });
  // "Erneut versuchen" after a failed search asks again (a 503 says to retry in seconds).
  const [attempt, setAttempt] = useState(0);
  const shown = Number(p.get('n') ?? PAGE);
  const query = new URLSearchParams();
  for (const k of FILTERS) if (p.get(k)) query.set(k, p.get(k)!);
  query.set('range', JSON.stringify([0, shown - 1]));
  // The texts in the page's language where translated; a search that finds nothing is counted with its language.
  query.set('lang', t.lang);
  const key = query.toString();
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    getJson(`/public/offers?${key}`).then(
      ({ body, total }) => setState({ offers: body ?? [], total, loading: false }),
      () => setState({ offers: [], total: 0, error: true, loading: false }),
    );
  }, [key, attempt]);
  const withOffer = (id: string) => finderParams({ ...Object.fromEntries(p), angebot: id });
  const open = (id: string) => (e: Event) => {
    e.preventDefault();
    go(withOffer(id));
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
  return html`
    <section aria-labelledby="results-title">
      <h2 id="results-title" aria-live="polite">${state.loading ? t('loading') : state.error ? t('error') : t('results', { count: state.total })}</h2>
      ${!state.loading && !state.error && state.total === 0 ? html`<p>${t('none')}</p>` : null}
      ${!state.loading && state.error ? html`<button type="button" class="retry" onClick=${() => setAttempt((n) => n + 1)}>${t('retry')}</button>` : null}
      ${state.offers.length ? html`<button type="button" class="map-toggle" aria-pressed=${mapShown} onClick=${toggleMap}>${mapShown ? t('hideMap') : t('showMap')}</button>` : null}
      ${mapShown && state.offers.length ? html`<${ResultsMap} t=${t} offers=${state.offers} open=${(id: string) => go(withOffer(id))} />` : null}
      <ul class="results">
        ${state.offers.map(
          (o) => html`<li class="result">
            <h3><a href=${`?${withOffer(o.id)}`} onClick=${open(o.id)} ...${textAttrs(t, o, 'title')}>${o.title}</a></h3>
            ${onlyGerman(t, o, 'title') ? germanNote(t) : null}
            <p class="next">${o.nextDates?.[0] ? html`<strong>${t('next')}:</strong> ${dateInWords(t, o.nextDates[0])}` : t('noDate')}</p>
            ${placeOf(o) ? html`<p>${placeOf(o)}</p>` : null}
            ${o.organisationName ? html`<p class="org">${o.organisationName}</p>` : null}
          </li>`,
        )}
      </ul>
      ${state.offers.length < state.total ? html`<button type="button" class="more" onClick=${more}>${t('more')}</button>` : null}
    </section>`;
}

/** Where an offer takes place, if it has coordinates (its centre's, or its own place's). */
const geoOf = (o: Offer): { lat: number; lng: number } | undefined => o.centre?.geo ?? o.location?.geo;

/** The results on a map: Leaflet and the boundaries are fetched only when the map is opened. */
function ResultsMap({ t, offers, open }: { t: T; offers: Offer[]; open: (id: string) => void }) {
  const element = useRef<HTMLDivElement>(null);
  const [illustrative, setIllustrative] = useState(false);
  useEffect(() => {
    let close: (() => void) | undefined;
    let live = true;
    Promise.all([import('./resultsMap'), getJson('/public/boundaries/social-spaces.geojson').catch(() => ({ body: { features: [] } }))]).then(([m, { body }]) => {
      if (!live || !element.current) return;
      setIllustrative(Boolean(body?.illustrative));
      const points = offers.flatMap((o) => {
        const g = geoOf(o);
        return g ? [{ id: o.id, title: o.title, lat: g.lat, lng: g.lng }] : [];
      });
      close = m.showResultsMap(element.current, {
        spaces: (body?.features ?? []).map((f: any) => ({ id: f.id, name: f.properties.name, geometry: f.geometry })),
        points, zoomLabels: { in: t('zoomIn'), out: t('zoomOut') }, tileUrl: config.mapTileUrl, open,
      });
    });
    return () => {
      live = false;
      close?.();
    };
  }, [offers]);
  // A map is not mirrored on a right-to-left page; its region keeps left to right.
  return html`<div class="map-wrap">
    <p class="map-note">${t('mapNote')}${illustrative ? ` ${t('mapIllustrative')}` : ''}</p>
    <div ref=${element} class="map" dir="ltr" role="region" aria-label=${t('mapLabel')} data-testid="results-map"></div>
  </div>`;
}

function OfferPage({ t, id, p }: { t: T; id: string; p: URLSearchParams }) {
  const [offer, setOffer] = useState<Offer | null | undefined>(undefined);
  useEffect(() => {
    setOffer(undefined);
    getJson(`/public/offers/${encodeURIComponent(id)}?${new URLSearchParams({ lang: t.lang })}`).then(({ body }) => setOffer(body ?? null), () => setOffer(null));
  }, [id, t.lang]);
  const toList = new URLSearchParams(p);
  toList.delete('angebot');
  const backLink = html`<p class="noprint"><a ...${finderLink(toList)}>${backArrow(t)} ${t('back')}</a></p>`;
  if (offer === undefined) return html`<p>${t('loading')}</p>`;
  if (offer === null) return html`${backLink}<p>${t('notFound')}</p>`;
  const reviewed = offer.reviewedAt ? new Date(offer.reviewedAt) : undefined;
  const outdated = !reviewed || nowMs() - reviewed.getTime() > OUTDATED_DAYS * 86400000;
  const languageName = new Intl.DisplayNames([t.locale], { type: 'language' });
  const schedules: Offer[] = offer.schedules ?? [];
  const costNote = offer.cost?.free === false && offer.cost.notes ? offer.cost.notes : undefined;
  const accessNote = offer.accessibility?.notes;
  // "Only in German", said once: beside the first of the texts shown that has no translation.
  const shown: [TextField, unknown][] = [['title', true], ['description', offer.description], ['scheduleNotes', schedules.some((s) => s.description)], ['costNote', costNote], ['accessibilityNote', accessNote]];
  const firstGerman = shown.find(([f, present]) => present && onlyGerman(t, offer, f))?.[0];
  const germanHere = (f: TextField) => (f === firstGerman ? germanNote(t) : null);
  const ages = offer.minAge !== undefined && offer.maxAge !== undefined ? t('ages.range', { min: offer.minAge, max: offer.maxAge })
    : offer.minAge !== undefined ? t('ages.from', { min: offer.minAge }) : offer.maxAge !== undefined ? t('ages.to', { max: offer.maxAge }) : '';
  // Names of places, organisations and people are German whatever the page's language.
  const other = inGerman(t);
  const calendar = api(`/public/offers/${encodeURIComponent(offer.id)}/calendar.ics?${new URLSearchParams({ lang: t.lang })}`);
  return html`
    ${backLink}
    <article class="offer">
      <h2 ...${textAttrs(t, offer, 'title')}>${offer.title}</h2>
      ${germanHere('title')}
      <${TranslationNote} t=${t} translation=${offer.translation} />
      ${outdated ? html`<p class="warning" role="note">${t('outdated')}</p>` : null}
      ${offer.description ? html`<p ...${textAttrs(t, offer, 'description')}>${offer.description}</p>${germanHere('description')}` : null}
      <p>${ages} ${new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(offer.targetGroups?.map((g: string) => t.label('targetGroup', g)) ?? [])}</p>
      <h3>${t('when')}</h3>
      <ul>${schedules.map((s) => html`<li><span>${scheduleInWords(t, s as any)}</span>${s.description ? html` <span class="schedule-note" ...${textAttrs(t, offer, 'scheduleNotes')}>${s.description}</span>` : null}</li>`)}</ul>
      ${germanHere('scheduleNotes')}
      ${offer.nextDates?.length ? html`<p><strong>${t('next')}:</strong> ${dateInWords(t, offer.nextDates[0])}</p>` : null}
      ${offer.registrationRequired ? html`<p>${t('registration')}</p>` : null}
      ${placeOf(offer) ? html`<h3>${t('where')}</h3><p ...${other}>${placeOf(offer)}</p>` : null}
      ${offer.organisationName ? html`<h3>${t('who')}</h3><p ...${other}>${offer.organisationName}</p>` : null}
      ${offer.contact ? html`<h3>${t('contact')}</h3><ul>
        ${offer.contact.name ? html`<li ...${other}>${offer.contact.name}</li>` : null}
        ${offer.contact.phone ? html`<li><a dir="ltr" href=${`tel:${offer.contact.phone.replace(/\s/g, '')}`}>${offer.contact.phone}</a></li>` : null}
        ${offer.contact.email ? html`<li><a dir="ltr" href=${`mailto:${offer.contact.email}`}>${offer.contact.email}</a></li>` : null}
        ${offer.contact.website ? html`<li><a dir="ltr" href=${offer.contact.website}>${offer.contact.website}</a></li>` : null}
      </ul>` : null}
      <h3>${t('cost')}</h3>
      <p>${offer.cost?.free !== false
        ? t('costFree')
        : html`${offer.cost.amountEur?.toLocaleString(t.locale, { style: 'currency', currency: 'EUR' }) ?? ''} ${costNote ? html`<span ...${textAttrs(t, offer, 'costNote')}>${costNote}</span>` : null}`}</p>
      ${germanHere('costNote')}
      <h3>${t('languages')}</h3>
      <p>${new Intl.ListFormat(t.locale, { type: 'conjunction' }).format((offer.languages ?? []).map((l: string) => languageName.of(l) ?? l))}</p>
      <h3>${t('access')}</h3>
      <p>${offer.accessibility?.wheelchair ? t('wheelchairYes') : t('wheelchairNo')}${accessNote ? html`. <span ...${textAttrs(t, offer, 'accessibilityNote')}>${accessNote}</span>` : null}${offer.centre?.accessibility ? html`. ${parts(t, 'accessCentre', { notes: html`<span ...${other}>${offer.centre.accessibility}</span>` })}` : null}</p>
      ${germanHere('accessibilityNote')}
      ${reviewed ? html`<p class="reviewed">${t('reviewed', { date: instantDay(t, reviewed) })}</p>` : null}
      <p class="noprint buttons">
        <a class="button" href=${calendar} download>${t('calendar')}</a>
        <button type="button" onClick=${() => print()}>${t('print')}</button>
      </p>
    </article>`;
}

function Statement({ t }: { t: T }) {
  const paragraphs = ([1, 2, 3, 4, 5] as const).map((n) => t(`statement.${n}` as Key));
  return html`<article><h2>${t('statement.title')}</h2>${paragraphs.map((para) => html`<p>${para}</p>`)}</article>`;
}

/** Participation comes as a chunk of its own, fetched the first time one of its pages is opened. */
function Participation({ t, areas, p }: { t: T; areas?: Areas; p: URLSearchParams }) {
  const [part, setPart] = useState<typeof import('./participation') | 'failed'>();
  useEffect(() => {
    import('./participation').then((m) => setPart(m), () => setPart('failed'));
  }, []);
  if (part === 'failed') return html`<p role="alert">${t('join.loadFailed')}</p>`;
  if (!part) return html`<p aria-live="polite">${t('loading')}</p>`;
  const seite = p.get('seite');
  const Page =
    seite === 'status' ? part.StatusPage : seite === 'umfrage' ? part.SurveyPage : seite === 'ergebnisse' ? part.ResultsPage
    : seite === 'veranstaltung' ? part.ActivityPage : seite === 'anmeldung' ? part.SignUpPage
    : seite === 'raum' ? part.RoomRequestPage : seite === 'raumanfrage' ? part.RoomRequestStatusPage : part.IdeaPage;
  return html`<${Page} t=${t} areas=${areas} p=${p} />`;
}

/** The quarters' pages (areas.ts) come as a chunk of their own, fetched the first time one of them is opened. */
function AreaPages({ t, areas, p }: { t: T; areas?: Areas; p: URLSearchParams }) {
  const [part, setPart] = useState<typeof import('./areas') | 'failed'>();
  useEffect(() => {
    import('./areas').then((m) => setPart(m), () => setPart('failed'));
  }, []);
  if (part === 'failed') return html`<p role="alert">${t('join.loadFailed')}</p>`;
  if (!part) return html`<p aria-live="polite">${t('loading')}</p>`;
  return html`<${part.AreaPages} t=${t} areas=${areas} p=${p} />`;
}

/** Where the filter names a quarter or a social space: a link to its page. */
function AreaMore({ t, areas, p }: { t: T; areas?: Areas; p: URLSearchParams }) {
  const quarter = areas?.quarters.find((q) => q.id === p.get('quarterId'));
  const space = areas?.socialSpaces.find((s) => s.id === p.get('socialSpaceId'));
  const area = quarter ? { seite: 'quartier', ...quarter } : space ? { seite: 'sozialraum', ...space } : undefined;
  if (!area) return null;
  return html`<p class="area-more"><a ...${finderLink({ seite: area.seite, id: area.id })}>${parts(t, 'area.more', { name: html`<span ...${inGerman(t)}>${area.name}</span>` })}</a></p>`;
}

/**
 * The language menu: a button that shows and hides the list of every configured language, each named
 * in itself (and marked as such, so a screen reader pronounces it). The list is links (a language is
 * a URL, `?lang=`, on the same page), reached with Tab or the arrow keys; Escape closes it.
 */
function LanguageMenu({ t, p }: { t: T; p: URLSearchParams }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('click', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('click', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);
  const links = () => [...(box.current?.querySelectorAll<HTMLAnchorElement>('.lang-list a') ?? [])];
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const all = links();
      const at = all.indexOf(document.activeElement as HTMLAnchorElement);
      const next = e.key === 'ArrowDown' ? (at + 1) % all.length : (at <= 0 ? all.length : at) - 1;
      all[next]?.focus();
    }
  };
  const choose = (code: string) => (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    setOpen(false);
    button.current?.focus();
    const next = new URLSearchParams(p);
    next.set('lang', code);
    go(next);
  };
  return html`
    <div class="lang-menu" ref=${box} onKeyDown=${onKey}>
      <button type="button" class="lang-button" ref=${button} aria-expanded=${open ? 'true' : 'false'} aria-controls="lang-list" onClick=${() => setOpen(!open)}>
        <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="10" /><path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" /></svg>
        <span>${t('lang.menu')}</span>
      </button>
      <ul id="lang-list" class="lang-list" hidden=${!open}>
        ${LANGUAGES.filter((l) => !tenant.languages || tenant.languages.includes(l.code) || l.code === t.lang).map((l) => {
          const next = new URLSearchParams(p);
          next.set('lang', l.code);
          return html`<li><a href=${`?${next}`} lang=${l.code} hreflang=${l.code} aria-current=${l.code === t.lang ? 'true' : undefined} onClick=${choose(l.code)}><span dir=${l.dir}>${l.name}</span></a></li>`;
        })}
      </ul>
    </div>`;
}

function App({ first }: { first: T }) {
  const [p, setP] = useState(params());
  const [areas, setAreas] = useState<Areas>();
  const [t, setT] = useState(() => first);
  useEffect(() => {
    const onPop = () => setP(params());
    addEventListener('popstate', onPop);
    getJson('/public/areas').then(({ body }) => setAreas(body), () => undefined);
    return () => removeEventListener('popstate', onPop);
  }, []);
  // Another language: its catalogue is fetched, and until it is here the page stays in the one it is in.
  const wanted = pageLanguage(p);
  useEffect(() => {
    if (wanted === t.lang) return;
    let live = true;
    load(wanted).then((next) => live && setT(() => next));
    return () => {
      live = false;
    };
  }, [wanted]);
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.documentElement.dir = t.dir;
    document.title = t('title');
    document.querySelector('meta[name="description"]')?.setAttribute('content', t('description'));
  }, [t]);
  // The tenant's name and title are German names, marked so on a page in another language.
  const german = inGerman(t);
  const page = p.get('seite');
  const id = p.get('angebot');
  const joining = page !== null && PARTICIPATION_PAGES.includes(page);
  const inAreas = page !== null && AREA_PAGES.includes(page);
  return html`
    <a class="skip" href="#main">${t('skip')}</a>
    <header class="top">
      <p class="brand">${tenant.logoUrl ? html`<img class="logo" src=${tenant.logoUrl} alt="" />` : null}<span>${parts(t, 'brand', { municipality: html`<span ...${german}>${tenant.name}</span>` })}</span></p>
      <nav aria-label=${t('nav')}>
        <ul>
          <li><a ...${finderLink()} aria-current=${!page ? 'page' : undefined}>${t('navOffers')}</a></li>
          <li><a ...${finderLink({ seite: 'mitmachen' })} aria-current=${joining ? 'page' : undefined}>${t('navJoin')}</a></li>
          <li><a ...${finderLink({ seite: 'stadtteil' })} aria-current=${inAreas ? 'page' : undefined}>${t('navArea')}</a></li>
        </ul>
      </nav>
      <${LanguageMenu} t=${t} p=${p} />
    </header>
    <main id="main" tabindex="-1">
      <h1><a ...${finderLink()}>${parts(t, 'title', { service: html`<span ...${german}>${tenant.title}</span>` })}</a></h1>
      ${page === 'barrierefreiheit'
        ? html`<${Statement} t=${t} />`
        : joining
          ? html`<${Participation} t=${t} areas=${areas} p=${p} />`
          : inAreas
          ? html`<${AreaPages} t=${t} areas=${areas} p=${p} />`
          : id
          ? html`<${OfferPage} t=${t} id=${id} p=${p} />`
          : html`<p class="intro">${t('intro')}</p><${SearchForm} t=${t} areas=${areas} p=${p} /><${AreaMore} t=${t} areas=${areas} p=${p} /><${Results} t=${t} p=${p} />`}
    </main>
    <footer class="bottom noprint">
      <p>${t('noCookies')}</p>
      <ul>
        <li><a ...${finderLink({ seite: 'barrierefreiheit' })}>${t('statement.title')}</a></li>
        ${config.imprintUrl ? html`<li><a href=${config.imprintUrl}>${t('imprint')}</a></li>` : null}
        ${config.privacyUrl ? html`<li><a href=${config.privacyUrl}>${t('privacy')}</a></li>` : null}
      </ul>
    </footer>`;
}

/** Without its tenant the finder cannot say whose it is (nor whom a consent is given to): it says it is unavailable. */
function Unavailable({ t }: { t: T }) {
  document.documentElement.lang = t.lang;
  document.documentElement.dir = t.dir;
  return html`<main id="main"><h1 ...${inGerman(t)}>${document.title}</h1><p role="alert">${t('error')}</p><button type="button" class="retry" onClick=${() => location.reload()}>${t('retry')}</button></main>`;
}

/** The tenant whose address this is; undefined where the API cannot say. */
const whoseFinder = () => getJson('/public/tenant').then(({ body }) => body as Tenant | undefined, () => undefined);

// The config, the tenant and the page's language (its catalogue, unless German) are fetched together before the
// first render. The tenant is asked at the API's usual address while the config loads, and again should the config name another.
const early = whoseFinder();
Promise.all([
  fetch('/config.json')
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({})),
  load(pageLanguage(params())),
  early,
]).then(async ([c, t, first]: [Config, T, Tenant | undefined]) => {
  const usual = api('');
  Object.assign(config, c);
  const found = api('') === usual ? first : await whoseFinder();
  const root = document.getElementById('finder')!;
  if (!found) return render(html`<${Unavailable} t=${t} />`, root);
  Object.assign(tenant, found);
  // Its colours: only textOnBrand is ever written on brandColour (the server has checked their contrast).
  document.documentElement.style.setProperty('--brand', found.brandColour);
  document.documentElement.style.setProperty('--on-brand', found.textOnBrand);
  render(html`<${App} first=${t} />`, root);
});
