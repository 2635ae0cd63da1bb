/**
 * The public page of a social space (?seite=sozialraum&id=…) or a quarter (?seite=quartier&id=…), issue 33:
 * what the staff published about it (introduction, strengths and opportunities, photos), its centres with
 * whether they are open now, contact persons, current projects, upcoming public dates, networks and
 * published results with their course. Each section only where it has something to show. A staff
 * member's preview of an unpublished draft (`&vorschau=<token>`, from the admin's preview link) says so
 * in a banner. The texts staff write are German (marked so on a page in another language); so are names.
 * Also the helpers the centre page shares: a centre's "open now" in words, its address, the share link.
 */
import { useCopyLink } from './copyLink';
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SMALL_COUNT } from '../../shared/domain/smallCounts';
import { berlinToday } from '../../shared/time/months';
import { api, finderLink, finderParams, getJson } from './core';
import { backArrow, inGerman, langAttrs, parts, type T } from './i18n';
import { TranslationNote, type ShownTranslation } from './translationNote';
import { ResultChart, shownValue, periodLabel, type Shown, type TrendPoint } from './resultChart';
import { calendarDay, instantDay, scheduleInWords, timeOfDay, timeSpan } from './when';
import { focusIfLost, useTitle } from './pageFocus';

type Ref = { id: string; name: string };
type Schedule = { freq: string; interval?: number; byday?: string[]; opens: string; closes: string; dtstart?: string; description?: string };
export type Address = { street: string; postalCode: string; city?: string };
export type OpenNow = { open: boolean; reason: string; until?: string; next?: { day: string; opens: string }; holiday?: string; note?: string; at: string };
export type CentreSummary = Ref & { address: Address; geo?: { lat: number; lng: number }; quarterId?: string; openNow: OpenNow };
type Contact = { key: string; name: string; role: string; title?: string; phone?: string; email?: string; consultationHours: Schedule[]; consultationNote?: string; photoUrl?: string };
type Result = {
  id: string; indicator: { id: string; name: string; unit: string; direction: string; description?: string }; goal: Ref;
  baseline?: Shown; target?: Shown; latest?: TrendPoint; trend: TrendPoint[]; interpretation?: string; projects: { id: string; title: string }[]; downloads: { csv: string; json: string };
};
type AreaPageData = {
  level: 'socialSpace' | 'quarter'; id: string; name: string; levelName: string; socialSpace: Ref; quarters: Ref[];
  profile?: { intro?: string; strengths?: string; photos: { url: string; alt: string; caption?: string; width?: number; height?: number }[]; fromSocialSpace: boolean; version: number; updatedAt: string; textLang?: Partial<Record<'intro' | 'strengths', string>>; translation?: ShownTranslation };
  centres: CentreSummary[]; contacts: Contact[]; projects: { id: string; title: string; status: string; goals: Ref[] }[];
  dates: { kind: string; id: string; title: string; date: string; opens?: string; closes?: string; place?: string }[];
  networks: { id: string; name: string; themes: string[]; contact?: string }[]; results: Result[]; preview?: boolean;
};

/** The `?seite=` of each level's page. */
export const PAGE_OF = { socialSpace: 'sozialraum', quarter: 'quartier' } as const;

/** A URL from the API's answers (a photo, a download), absolute or root-relative: a root-relative one lies beside the API. */
export const fromApi = (url: string) => new URL(url, new URL(api('/'), location.href)).href;

export const addressLine = (a: Address) => [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** A day relative to `at`'s Berlin day: "heute", "morgen", "Montag", beyond a week "Mo., 12.1.". */
function dayWord(t: T, day: string, at: string): string {
  const today = berlinToday(new Date(at));
  const days = Math.round((Date.parse(`${day}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86400000);
  if (days === 0) return t('open.today');
  if (days === 1) return t('open.tomorrow');
  return calendarDay(t, day, days < 7 ? { weekday: 'long' } : { weekday: 'short', day: 'numeric', month: 'numeric' });
}

/** "Jetzt geöffnet bis 17:00 Uhr", "Geschlossen (Neujahr) – öffnet morgen um 09:00 Uhr": in words, never by colour alone. */
export function OpenState({ t, open }: { t: T; open: OpenNow }) {
  const german = inGerman(t);
  let text: unknown;
  if (open.open) text = open.until ? t('open.until', { time: timeOfDay(t, open.until) }) : t('open.now');
  else {
    const why = open.reason === 'temporarily-closed' ? undefined : (open.holiday ?? open.note);
    const closed = open.reason === 'temporarily-closed' ? t('open.temporarily') : why ? parts(t, 'open.closedWhy', { why: html`<span ...${german}>${why}</span>` }) : t('open.closed');
    text = open.next ? parts(t, 'open.next', { closed: html`<span>${closed}</span>`, day: dayWord(t, open.next.day, open.at), time: timeOfDay(t, open.next.opens) }) : closed;
  }
  return html`<p class=${`open-state ${open.open ? 'is-open' : 'is-closed'}`}><span class="open-mark" aria-hidden="true">${open.open ? '●' : '○'}</span> ${text}</p>`;
}

/** The page's address to pass on, with a copy button (the preview token is never part of it). */
export function ShareLink({ t, page }: { t: T; page: Record<string, string> }) {
  const url = `${location.origin}${location.pathname}?${finderParams(page)}`;
  const { link, note, copy } = useCopyLink(t, url);
  return html`<div class="share noprint">
    <p class="share-link"><span id="share-label">${t('area.shareLabel')}:</span> <a ref=${link} href=${url} dir="ltr" aria-describedby="share-label">${url}</a></p>
    <button type="button" class="secondary" onClick=${copy}>${t('join.copy')}</button>
    <p class="share-note" aria-live="polite">${note}</p>
  </div>`;
}

/** Plain text with blank lines between paragraphs, as paragraphs (never as markup). */
export const paragraphs = (text: string, attrs: object = {}) =>
  text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => html`<p class="plain-text" ...${attrs}>${p}</p>`);

export function AreaPage({ t, p, level }: { t: T; p: URLSearchParams; level: 'socialSpace' | 'quarter' }) {
  const id = p.get('id') ?? '';
  const token = p.get('vorschau') ?? p.get('preview') ?? '';
  const [page, setPage] = useState<AreaPageData | 'missing' | 'error'>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    setPage(undefined);
    if (!id) return setPage('missing');
    const query = new URLSearchParams({ lang: t.lang, ...(token ? { preview: token } : {}) });
    const path = level === 'quarter' ? 'quarters' : 'social-spaces';
    getJson(`/public/${path}/${encodeURIComponent(id)}/page?${query}`).then(
      ({ body }) => live && setPage(body ?? 'missing'),
      () => live && setPage('error'),
    );
    return () => {
      live = false;
    };
  }, [id, level, token, t.lang]);
  useTitle(t, typeof page === 'object' ? page.name : undefined, heading);
  const back = html`<p class="noprint"><a ...${finderLink({ seite: 'stadtteil' })}>${backArrow(t)} ${t('area.back')}</a></p>`;
  if (page === undefined) return html`${back}<p aria-live="polite">${t('loading')}</p>`;
  if (typeof page !== 'object') return html`${back}<h2>${t('area.heading')}</h2><p role="alert">${page === 'missing' ? t('area.notFound') : t('area.error')}</p>`;

  const german = inGerman(t);
  const levelName = t.lang === 'de' ? page.levelName : t(level === 'quarter' ? 'area.level.quarter' : 'area.level.socialSpace');
  const filter: Record<string, string> = level === 'quarter' ? { quarterId: page.id } : { socialSpaceId: page.id };
  return html`
    ${back}
    <article class="area-page" aria-labelledby="area-title">
      ${page.preview ? html`<p class="preview-banner" role="note"><strong>${t('area.preview')}</strong></p>` : null}
      <h2 id="area-title" ref=${heading} tabindex="-1"><span class="kicker">${levelName}</span> <span ...${german}>${page.name}</span></h2>
      ${level === 'quarter' && page.socialSpace.id !== page.id
        ? html`<p>${parts(t, 'area.partOf', { name: html`<a ...${finderLink({ seite: 'sozialraum', id: page.socialSpace.id })} ...${german}>${page.socialSpace.name}</a>` })}</p>`
        : null}
      ${page.profile ? html`<p class="stand">${t('area.updated', { date: instantDay(t, page.profile.updatedAt) })}</p>` : null}
      <${ShareLink} t=${t} page=${{ seite: PAGE_OF[level], id: page.id }} />
      <${Profile} t=${t} page=${page} />
      <ul class="area-links noprint">
        <li><a ...${finderLink(filter)}>${parts(t, 'area.offers', { name: html`<span ...${german}>${page.name}</span>` })}</a></li>
        <li><a ...${finderLink({ seite: 'mitmachen', socialSpaceId: page.socialSpace.id })}>${t('area.join')}</a></li>
      </ul>
      <${Quarters} t=${t} page=${page} />
      <${Centres} t=${t} centres=${page.centres} />
      <${Contacts} t=${t} contacts=${page.contacts} />
      <${Projects} t=${t} projects=${page.projects} />
      <${Dates} t=${t} dates=${page.dates} />
      <${Networks} t=${t} networks=${page.networks} />
      <${Results} t=${t} results=${page.results} />
    </article>`;
}

/** A section with its heading (h3), left out when it has nothing to show. */
const section = (id: string, title: unknown, body: unknown) => html`<section class="area-section" aria-labelledby=${id}><h3 id=${id}>${title}</h3>${body}</section>`;

function Profile({ t, page }: { t: T; page: AreaPageData }) {
  const profile = page.profile;
  if (!profile) return null;
  const german = inGerman(t);
  const textIn = (field: 'intro' | 'strengths') => langAttrs(t, profile.textLang?.[field] ?? 'de');
  const untranslated = (field: 'intro' | 'strengths') => !!profile[field] && (profile.textLang?.[field] ?? 'de') === 'de';
  const inGermanOnly = t.lang !== 'de' && (untranslated('intro') || untranslated('strengths')) ? html`<p class="lang-note">${t('translation.inGerman')}</p>` : null;
  const from = profile.fromSocialSpace ? html`<p class="from-space" role="note">${parts(t, 'area.fromSocialSpace', { name: html`<span ...${german}>${page.socialSpace.name}</span>` })}</p>` : null;
  return html`
    ${from}
    <${TranslationNote} t=${t} translation=${profile.translation} />
    ${profile.intro ? html`<div class="area-intro">${paragraphs(profile.intro, textIn('intro'))}</div>` : null}
    ${profile.strengths || profile.photos.length
      ? section('area-strengths', t('area.strengths'), html`
          ${profile.strengths ? paragraphs(profile.strengths, textIn('strengths')) : null}
          ${inGermanOnly}
          ${profile.photos.length
            ? html`<ul class="photos">${profile.photos.map((ph) => html`<li><figure>
                <img src=${fromApi(ph.url)} alt=${ph.alt} loading="lazy" decoding="async" width=${ph.width} height=${ph.height} ...${german} />
                ${ph.caption ? html`<figcaption ...${german}>${ph.caption}</figcaption>` : null}
              </figure></li>`)}</ul>`
            : null}`)
      : inGermanOnly}`;
}

function Quarters({ t, page }: { t: T; page: AreaPageData }) {
  const others = page.quarters.filter((q) => q.id !== page.id);
  if (!others.length) return null;
  const german = inGerman(t);
  const title = page.level === 'quarter' ? t('area.otherQuarters') : parts(t, 'area.quarters', { name: html`<span ...${german}>${page.name}</span>` });
  return section('area-quarters', title, html`<ul class="link-list">${others.map((q) => html`<li><a ...${finderLink({ seite: 'quartier', id: q.id })} ...${german}>${q.name}</a></li>`)}</ul>`);
}

function Centres({ t, centres }: { t: T; centres: CentreSummary[] }) {
  if (!centres.length) return null;
  const german = inGerman(t);
  return section('area-centres', t('area.centres'), html`<ul class="cards">${centres.map((c) => html`<li class="card">
    <h4><a ...${finderLink({ seite: 'zentrum', id: c.id })} ...${german}>${c.name}</a></h4>
    <p ...${german}>${addressLine(c.address)}</p>
    <${OpenState} t=${t} open=${c.openNow} />
  </li>`)}</ul>`);
}

const ROLES: Record<string, 'area.role.neighbourhood-management' | 'area.role.coordination' | 'area.role.prevention'> = {
  'neighbourhood-management': 'area.role.neighbourhood-management', coordination: 'area.role.coordination', prevention: 'area.role.prevention',
};

/** Opening hours, consultation hours: each slot in words, as a list. */
export const hoursList = (t: T, hours: Schedule[]) => html`<ul>${hours.map((s) => html`<li>${scheduleInWords(t, s)}${s.description ? html` <span ...${inGerman(t)}>(${s.description})</span>` : null}</li>`)}</ul>`;

/** Phone and e-mail as links, left to right whatever the page. */
export const contactLinks = (phone?: string, email?: string) => html`
  ${phone ? html`<li><a dir="ltr" href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${phone}</a></li>` : null}
  ${email ? html`<li><a dir="ltr" href=${`mailto:${email}`}>${email}</a></li>` : null}`;

function Contacts({ t, contacts }: { t: T; contacts: Contact[] }) {
  if (!contacts.length) return null;
  const german = inGerman(t);
  return section('area-contacts', t('area.contacts'), html`<ul class="cards">${contacts.map((c) => html`<li class="card person">
    ${c.photoUrl ? html`<img class="portrait" src=${fromApi(c.photoUrl)} alt="" loading="lazy" decoding="async" width="96" height="96" />` : null}
    <div>
      <h4 ...${german}>${c.name}</h4>
      <p>${c.title ? html`<span ...${german}>${c.title}</span>` : ROLES[c.role] ? t(ROLES[c.role]!) : c.role}</p>
      ${c.phone || c.email ? html`<ul class="plain-list">${contactLinks(c.phone, c.email)}</ul>` : null}
      ${c.consultationHours.length || c.consultationNote
        ? html`<p class="label">${t('area.consultation')}</p>${hoursList(t, c.consultationHours)}${c.consultationNote ? html`<p ...${german}>${c.consultationNote}</p>` : null}`
        : null}
    </div>
  </li>`)}</ul>`);
}

const STATUSES = { planned: 'area.status.planned', running: 'area.status.running', done: 'area.status.done', dropped: 'area.status.dropped' } as const;

function Projects({ t, projects }: { t: T; projects: AreaPageData['projects'] }) {
  if (!projects.length) return null;
  const german = inGerman(t);
  const list = new Intl.ListFormat(t.locale, { type: 'conjunction' });
  return section('area-projects', t('area.projects'), html`<ul class="cards">${projects.map((pr) => html`<li class="card">
    <h4 ...${german}>${pr.title}</h4>
    <p>${t('area.projectStatus', { status: pr.status in STATUSES ? t(STATUSES[pr.status as keyof typeof STATUSES]) : pr.status })}</p>
    ${pr.goals.length ? html`<p>${parts(t, 'area.projectGoals', { goals: html`<span ...${german}>${list.format(pr.goals.map((g) => g.name))}</span>` })}</p>` : null}
  </li>`)}</ul>`);
}

function Dates({ t, dates }: { t: T; dates: AreaPageData['dates'] }) {
  if (!dates.length) return null;
  const german = inGerman(t);
  const link = (d: AreaPageData['dates'][number]) =>
    d.kind === 'offer' ? finderLink({ angebot: d.id }) : d.kind === 'activity' ? finderLink({ seite: 'veranstaltung', id: d.id }) : undefined;
  return section('area-dates', t('area.dates'), html`<ul class="dates">${dates.map((d) => {
    const day = calendarDay(t, d.date, { weekday: 'long', day: 'numeric', month: 'long' });
    const to = link(d);
    return html`<li>
      <p class="date"><strong>${d.opens && d.closes ? t('dateTime', { date: day, time: timeSpan(t, d.opens, d.closes) }) : day}</strong></p>
      <p>${to ? html`<a ...${to} ...${german}>${d.title}</a>` : html`<span ...${german}>${d.title}</span>`}</p>
      ${d.place ? html`<p ...${german}>${d.place}</p>` : null}
    </li>`;
  })}</ul>`);
}

function Networks({ t, networks }: { t: T; networks: AreaPageData['networks'] }) {
  if (!networks.length) return null;
  const german = inGerman(t);
  const list = new Intl.ListFormat(t.locale, { type: 'conjunction' });
  return section('area-networks', t('area.networks'), html`<ul class="cards">${networks.map((n) => html`<li class="card">
    <h4 ...${german}>${n.name}</h4>
    ${n.themes.length ? html`<p>${t('area.themes', { themes: list.format(n.themes.map((x) => t.label('theme', x))) })}</p>` : null}
    ${n.contact ? html`<p>${parts(t, 'area.networkContact', { contact: html`<span ...${german}>${n.contact}</span>` })}</p>` : null}
  </li>`)}</ul>`);
}

function Results({ t, results }: { t: T; results: Result[] }) {
  if (!results.length) return null;
  const german = inGerman(t);
  return section('area-results', t('area.results'), html`<p class="hint">${t('area.resultsNote', { limit: SMALL_COUNT })}</p>${results.map((r, i) => {
    const id = `result-${i}`;
    const figure = (label: string, v?: Shown) => (v ? html`<div><dt>${label}</dt><dd class=${v.value === null ? 'fewer' : undefined}>${shownValue(t, v)}</dd></div>` : null);
    return html`<section class="result-card" aria-labelledby=${id}>
      <h4 id=${id} ...${german}>${r.indicator.name}</h4>
      <p class="idea-meta">${parts(t, 'area.resultGoal', { goal: html`<span ...${german}>${r.goal.name}</span>` })} · ${parts(t, 'area.unit', { unit: html`<span ...${german}>${r.indicator.unit}</span>` })} · ${t(r.indicator.direction === 'lower-is-better' ? 'area.lowerBetter' : 'area.higherBetter')}</p>
      ${r.indicator.description ? html`<p ...${german}>${r.indicator.description}</p>` : null}
      ${r.baseline || r.target || r.latest
        ? html`<dl class="figures">
            ${figure(t('area.baseline'), r.baseline)}
            ${figure(t('area.targetValue'), r.target)}
            ${r.latest ? figure(t('area.latest', { period: periodLabel(t, r.latest.period) }), r.latest) : null}
          </dl>`
        : null}
      <${ResultChart} t=${t} id=${`chart-${i}`} name=${r.indicator.name} unit=${r.indicator.unit} trend=${r.trend} target=${r.target} />
      ${r.interpretation ? html`<p class="label">${t('area.interpretation')}</p>${paragraphs(r.interpretation, german)}` : null}
      ${r.projects.length
        ? html`<p class="label">${t('area.resultProjects')}</p><ul>${r.projects.map((pr) => html`<li><span ...${german}>${pr.title}</span></li>`)}</ul>`
        : null}
      <p class="downloads">${t('area.download')}: <a href=${fromApi(r.downloads.csv)} download>CSV</a> <a href=${fromApi(r.downloads.json)} download>JSON</a></p>
    </section>`;
  })}`);
}
