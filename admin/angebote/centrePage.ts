/**
 * The public page of a community centre (?seite=zentrum&id=…), issue 33: a closure until further notice
 * first, then whether it is open now, its address with a small map, opening hours in words, the closures
 * and other hours of the coming weeks ("24.12.–31.12.: geschlossen (Betriebsferien)"), hours by
 * appointment, accessibility, the languages spoken there, contact, the offers held there, and its rooms
 * with their free and taken times (roomsSection.ts). The map
 * (Leaflet) comes as a chunk of its own once the page knows where the centre is; the address says the same.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { config, finderLink, getJson } from './core';
import { backArrow, inGerman, isolate, langAttrs, parts, type T } from './i18n';
import { TranslationNote, type ShownTranslation } from './translationNote';
import { addressLine, contactLinks, hoursList, OpenState, paragraphs, ShareLink, type CentreSummary } from './areaPage';
import { calendarDay, dateInWords, timeSpan } from './when';
import { RoomsSection } from './roomsSection';
import { useTitle } from './pageFocus';

type Schedule = { freq: string; interval?: number; byday?: string[]; opens: string; closes: string; dtstart?: string; description?: string };
type Upcoming = { date: string; until?: string; closed: boolean; opens?: string; closes?: string; note?: string; holiday?: string };
type Centre = CentreSummary & {
  socialSpace: { id: string; name: string }; quarter?: { id: string; name: string };
  openingHours: Schedule[]; hoursNote?: string; upcoming: Upcoming[]; temporarilyClosed?: { note: string; until?: string };
  appointmentHours: Schedule[]; appointmentNote?: string; accessibility?: string; languages: string[];
  /** The language each note is in, and what to say of a translation shown. */
  textLang?: Partial<Record<'hoursNote' | 'appointmentNote' | 'closedNote' | 'exceptionNotes' | 'accessibility', string>>;
  translation?: ShownTranslation;
  contact?: { email?: string; phone?: string; website?: string };
  offers: { id: string; title: string; next?: { date: string; opens: string; closes: string } }[];
};

const shortDay = (t: T, day: string) => calendarDay(t, day, { day: 'numeric', month: 'numeric' });

/** "24.12.–31.12.: geschlossen (Betriebsferien)", "6.1.: 10:00–12:00 Uhr (Teamtag)". */
function upcomingInWords(t: T, u: Upcoming) {
  const days = u.until && u.until !== u.date ? t('centre.days', { from: shortDay(t, u.date), to: shortDay(t, u.until) }) : shortDay(t, u.date);
  const what = u.closed || !u.opens || !u.closes ? t('centre.closedOn') : timeSpan(t, u.opens, u.closes);
  const why = u.holiday ?? u.note;
  return html`${t('centre.upcoming', { days, what })}${why ? html` (<span ...${inGerman(t)}>${why}</span>)` : null}`;
}

export function CentrePage({ t, p }: { t: T; p: URLSearchParams }) {
  const id = p.get('id') ?? '';
  const [centre, setCentre] = useState<Centre | 'missing' | 'error'>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    setCentre(undefined);
    if (!id) return setCentre('missing');
    getJson(`/public/centres/${encodeURIComponent(id)}?${new URLSearchParams({ lang: t.lang })}`).then(
      ({ body }) => live && setCentre(body ?? 'missing'),
      () => live && setCentre('error'),
    );
    return () => {
      live = false;
    };
  }, [id, t.lang]);
  useTitle(t, typeof centre === 'object' ? centre.name : undefined, heading);
  const area = typeof centre === 'object' ? (centre.quarter ? { seite: 'quartier', id: centre.quarter.id, name: centre.quarter.name } : { seite: 'sozialraum', id: centre.socialSpace.id, name: centre.socialSpace.name }) : undefined;
  const german = inGerman(t);
  const back = html`<p class="noprint"><a ...${area ? finderLink({ seite: area.seite, id: area.id }) : finderLink({ seite: 'stadtteil' })}>${backArrow(t)} ${area ? parts(t, 'centre.back', { name: html`<span ...${german}>${area.name}</span>` }) : t('area.back')}</a></p>`;
  if (centre === undefined) return html`${back}<p aria-live="polite">${t('loading')}</p>`;
  if (typeof centre !== 'object') return html`${back}<h2>${t('centre.heading')}</h2><p role="alert">${centre === 'missing' ? t('centre.notFound') : t('area.error')}</p>`;

  // Staff's notes come translated where someone translated them; each says which language it is in.
  const noteIn = (field: keyof NonNullable<Centre['textLang']>) => langAttrs(t, centre.textLang?.[field] ?? 'de');
  const languageName = new Intl.DisplayNames([t.locale], { type: 'language' });
  const closedFor = centre.temporarilyClosed;
  const at = new Intl.DateTimeFormat(t.locale, { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(centre.openNow.at));
  return html`
    ${back}
    <article class="centre-page" aria-labelledby="centre-title">
      <h2 id="centre-title" ref=${heading} tabindex="-1" ...${german}>${centre.name}</h2>
      ${closedFor
        ? html`<div class="warning closed-notice" role="note">
            <p><strong>${closedFor.until ? t('centre.closedUntil', { date: calendarDay(t, closedFor.until, { day: 'numeric', month: 'long', year: 'numeric' }) }) : t('centre.closedForNow')}</strong></p>
            ${paragraphs(closedFor.note, noteIn('closedNote'))}
          </div>`
        : null}
      <${TranslationNote} t=${t} translation=${centre.translation} />
      <${OpenState} t=${t} open=${centre.openNow} />
      <p class="stand">${t('centre.asOf', { time: isolate(t, at) })}</p>
      <p>
        <span ...${german}>${addressLine(centre.address)}</span><br />
        ${parts(t, 'centre.inArea', {
          name: html`<a ...${finderLink({ seite: area!.seite, id: area!.id })} ...${german}>${area!.name}</a>`,
        })}
      </p>
      ${centre.geo ? html`<${CentreMap} t=${t} centre=${centre} />` : null}
      <${ShareLink} t=${t} page=${{ seite: 'zentrum', id: centre.id }} />
      ${centre.openingHours.length || centre.hoursNote
        ? html`<h3>${t('centre.hours')}</h3>${centre.openingHours.length ? hoursList(t, centre.openingHours) : null}${centre.hoursNote ? paragraphs(centre.hoursNote, noteIn('hoursNote')) : null}`
        : null}
      ${centre.upcoming.length ? html`<h3>${t('centre.exceptions')}</h3><ul>${centre.upcoming.map((u) => html`<li>${upcomingInWords(t, u)}</li>`)}</ul>` : null}
      ${centre.appointmentHours.length || centre.appointmentNote
        ? html`<h3>${t('centre.appointments')}</h3>${centre.appointmentHours.length ? hoursList(t, centre.appointmentHours) : null}${centre.appointmentNote ? paragraphs(centre.appointmentNote, noteIn('appointmentNote')) : null}`
        : null}
      ${centre.accessibility ? html`<h3>${t('access')}</h3>${paragraphs(centre.accessibility, noteIn('accessibility'))}` : null}
      ${centre.languages.length
        ? html`<h3>${t('languages')}</h3><p>${t('centre.spoken', { languages: new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(centre.languages.map((l) => languageName.of(l) ?? l)) })}</p>`
        : null}
      ${centre.contact && (centre.contact.phone || centre.contact.email || centre.contact.website)
        ? html`<h3>${t('contact')}</h3><ul class="plain-list">
            ${contactLinks(centre.contact.phone, centre.contact.email)}
            ${centre.contact.website ? html`<li><a dir="ltr" href=${centre.contact.website}>${centre.contact.website}</a></li>` : null}
          </ul>`
        : null}
      ${centre.offers.length
        ? html`<h3>${t('centre.offers')}</h3><ul class="cards">${centre.offers.map((o) => html`<li class="card">
            <h4><a ...${finderLink({ angebot: o.id })}>${o.title}</a></h4>
            <p>${o.next ? html`<strong>${t('next')}:</strong> ${dateInWords(t, o.next)}` : t('noDate')}</p>
          </li>`)}</ul>`
        : null}
      <${RoomsSection} t=${t} centreId=${centre.id} />
    </article>`;
}

/**
 * Where the centre is: its social space's boundary (so the map means something without a tile server)
 * and a marker. Leaflet and the boundaries are fetched when the page shows a centre with a place.
 */
function CentreMap({ t, centre }: { t: T; centre: Centre }) {
  const element = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let close: (() => void) | undefined;
    const spaces = getJson('/public/boundaries/social-spaces.geojson').then(({ body }) => (body?.features ?? []) as any[], () => []);
    Promise.all([import('../src/map/leafletCore'), spaces]).then(
      ([m, features]) => {
        if (!live || !element.current || !centre.geo) return;
        const drawn = m.createMap(element.current, { tileUrl: config.mapTileUrl, zoomLabels: { in: t('zoomIn'), out: t('zoomOut') } });
        const own = features.filter((f) => (f.id ?? f.properties?.id) === centre.socialSpace.id);
        // With tiles the streets show where it is; without them the boundary around the marker does.
        if (config.mapTileUrl || !own.length) drawn.map.setView([centre.geo.lat, centre.geo.lng], config.mapTileUrl ? 16 : 14);
        m.draw(drawn, {
          areas: own.map((f) => ({ id: centre.socialSpace.id, name: centre.socialSpace.name, geometry: f.geometry, fill: '#e3ecf7', label: centre.socialSpace.name })),
          marker: { ...centre.geo, label: centre.name },
        });
        close = () => drawn.map.remove();
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      close?.();
    };
  }, [centre.id]);
  if (failed) return null;
  // A map is not mirrored on a right-to-left page; its region keeps left to right.
  return html`<div ref=${element} class="map centre-map" dir="ltr" role="region" aria-label=${t('centre.mapLabel', { name: centre.name })} data-testid="centre-map"></div>`;
}
