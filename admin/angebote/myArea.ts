/**
 * "Mein Stadtteil" (?seite=stadtteil), issue 33: where a resident finds the page of their social space
 * or quarter. Four ways, each enough on its own: an address (GET /public/locate?address=…), their
 * location (the browser asks them first; the point goes to the API for this one question and is not
 * kept), the list of every social space with its quarters, and, on request, a map of the areas whose
 * shapes open their pages (Leaflet, fetched only then). An address becomes a point through the city's
 * address directory (house coordinates); a street that crosses a border, typed without a number the
 * directory can place, gives several matches: the resident chooses.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { config, finderLink, finderParams, getJson, go, type Areas } from './core';
import { inGerman, parts, type T } from './i18n';
import { PAGE_OF } from './areaPage';
import { focusIfLost } from './pageFocus';

/** As GET /public/locate answers: an address found in the address directory names the house whose point was used. */
type Match = { quarterId?: string; quarterName?: string; socialSpaceId: string; socialSpaceName: string; street?: string; houseNumber?: string; approximate?: boolean };
type Found =
  | { state: 'busy' }
  | { state: 'found'; matches: Match[]; by: 'address' | 'position' }
  | { state: 'error' | 'denied' | 'unavailable' | 'unsupported' };

/** Light fills that tell neighbouring areas apart; the names are on the shapes and in the list, so colour carries nothing. */
const FILLS = ['#e3ecf7', '#e6f4e7', '#fff1dc', '#f1e6f5', '#dff4f6', '#fbe4ec'];

export function MyAreaPage({ t, areas }: { t: T; areas?: Areas }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [found, setFound] = useState<Found>();
  useEffect(() => {
    document.title = `${t('myArea.heading')} – ${t('title')}`;
    requestAnimationFrame(() => focusIfLost(heading.current));
    return () => {
      document.title = t('title');
    };
  }, [t]);
  const locate = (query: Record<string, string>, by: 'address' | 'position') => {
    setFound({ state: 'busy' });
    getJson(`/public/locate?${new URLSearchParams(query)}`).then(
      ({ body }) => {
        const matches: Match[] = body?.matches ?? [];
        // One place found: straight to its page (the back button returns here); several: the resident chooses.
        if (matches.length === 1) go(finderParams(matches[0].quarterId ? { seite: 'quartier', id: matches[0].quarterId } : { seite: 'sozialraum', id: matches[0].socialSpaceId }));
        else setFound({ state: 'found', matches, by });
      },
      () => setFound({ state: 'error' }),
    );
  };
  const byAddress = (e: Event) => {
    e.preventDefault();
    const address = String(new FormData(e.target as HTMLFormElement).get('address') ?? '').trim();
    if (address) locate({ address }, 'address');
  };
  const byPosition = () => {
    if (!navigator.geolocation) return setFound({ state: 'unsupported' });
    setFound({ state: 'busy' });
    navigator.geolocation.getCurrentPosition(
      // Five decimals (about a metre) are plenty to find the quarter.
      (at) => locate({ lat: at.coords.latitude.toFixed(5), lng: at.coords.longitude.toFixed(5) }, 'position'),
      (err) => setFound({ state: err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  };
  return html`
    <h2 ref=${heading} tabindex="-1">${t('myArea.heading')}</h2>
    <p class="intro">${t('myArea.intro')}</p>
    <section class="area-section" aria-labelledby="my-find">
      <h3 id="my-find">${t('myArea.find')}</h3>
      <form class="locate" role="search" aria-labelledby="my-find" onSubmit=${byAddress}>
        <div class="field">
          <label for="my-address">${t('myArea.address')}</label>
          <input id="my-address" name="address" type="text" autocomplete="street-address" required aria-describedby="my-address-hint" />
          <p class="hint" id="my-address-hint">${t('myArea.addressHint')}</p>
        </div>
        <div class="actions">
          <button type="submit">${t('myArea.search')}</button>
          <button type="button" class="secondary" onClick=${byPosition}>${t('myArea.position')}</button>
        </div>
        <p class="hint">${t('myArea.positionNote')}</p>
      </form>
      <div class="locate-result" aria-live="polite">${found ? html`<${FoundAreas} t=${t} found=${found} />` : null}</div>
    </section>
    <${AreaList} t=${t} areas=${areas} />
    <${AreaMapSection} t=${t} />`;
}

function FoundAreas({ t, found }: { t: T; found: Found }) {
  if (found.state === 'busy') return html`<p>${t('loading')}</p>`;
  if (found.state !== 'found') {
    const key = found.state === 'denied' ? 'myArea.denied' : found.state === 'unavailable' ? 'myArea.unavailable' : found.state === 'unsupported' ? 'myArea.unsupported' : 'area.error';
    return html`<p class="field-error" role="alert">${t(key)}</p>`;
  }
  const { matches, by } = found;
  if (!matches.length) return html`<p class="warning">${t(by === 'address' ? 'myArea.notFound' : 'myArea.outside')}</p>`;
  const german = inGerman(t);
  return html`
    <p><strong>${matches.length === 1 ? t(by === 'address' ? 'myArea.foundAddress' : 'myArea.foundPosition') : t('myArea.several')}</strong></p>
    <ul class="cards">${matches.map((m) => html`<li class="card">
      ${m.street ? html`<p ...${german}>${m.houseNumber ? `${m.street} ${m.houseNumber}` : m.street}</p>` : null}
      ${m.quarterId
        ? html`<p><a ...${finderLink({ seite: 'quartier', id: m.quarterId })}>${parts(t, 'myArea.quarter', { name: html`<span ...${german}>${m.quarterName ?? m.quarterId}</span>` })}</a></p>`
        : null}
      <p><a ...${finderLink({ seite: 'sozialraum', id: m.socialSpaceId })}>${parts(t, 'myArea.socialSpace', { name: html`<span ...${german}>${m.socialSpaceName}</span>` })}</a></p>
    </li>`)}</ul>`;
}

/** Every social space with its quarters: the way to each page that needs neither an address nor a map. */
function AreaList({ t, areas }: { t: T; areas?: Areas }) {
  const german = inGerman(t);
  return html`<section class="area-section" aria-labelledby="my-list">
    <h3 id="my-list">${t('myArea.list')}</h3>
    ${!areas
      ? html`<p>${t('loading')}</p>`
      : html`<ul class="area-tree">${areas.socialSpaces.map((s) => {
          const quarters = areas.quarters.filter((q) => q.socialSpaceId === s.id);
          return html`<li>
            <a ...${finderLink({ seite: 'sozialraum', id: s.id })} ...${german}>${s.name}</a>
            ${quarters.length ? html`<ul>${quarters.map((q) => html`<li><a ...${finderLink({ seite: 'quartier', id: q.id })} ...${german}>${q.name}</a></li>`)}</ul>` : null}
          </li>`;
        })}</ul>`}
  </section>`;
}

type Level = 'social-spaces' | 'quarters';

/** The map of the areas, on request; its state (shown, which level) stays on this page. */
function AreaMapSection({ t }: { t: T }) {
  const [shown, setShown] = useState(false);
  const [level, setLevel] = useState<Level>('social-spaces');
  return html`<section class="area-section noprint" aria-labelledby="my-map">
    <h3 id="my-map">${t('myArea.map')}</h3>
    <button type="button" class="map-toggle" aria-expanded=${shown ? 'true' : 'false'} aria-controls="area-map-wrap" onClick=${() => setShown(!shown)}>
      ${shown ? t('hideMap') : t('myArea.showMap')}
    </button>
    <div id="area-map-wrap" class="map-wrap" hidden=${!shown}>
      <fieldset class="choices map-level">
        <legend>${t('myArea.mapLevel')}</legend>
        ${(['social-spaces', 'quarters'] as const).map((l) => html`<label>
          <input type="radio" name="map-level" value=${l} checked=${level === l} onChange=${() => setLevel(l)} />
          ${t(l === 'quarters' ? 'area.level.quarters' : 'area.level.socialSpaces')}
        </label>`)}
      </fieldset>
      ${shown ? html`<${AreaMap} t=${t} level=${level} />` : null}
    </div>
  </section>`;
}

function AreaMap({ t, level }: { t: T; level: Level }) {
  const element = useRef<HTMLDivElement>(null);
  const drawn = useRef<import('../src/map/leafletCore').Drawn>();
  const [note, setNote] = useState<'none' | 'illustrative' | 'failed'>();
  useEffect(() => {
    let live = true;
    setNote(undefined);
    const seite = level === 'quarters' ? PAGE_OF.quarter : PAGE_OF.socialSpace;
    Promise.all([import('../src/map/leafletCore'), getJson(`/public/boundaries/${level}.geojson`)]).then(
      ([m, { body }]) => {
        if (!live || !element.current) return;
        const features: any[] = body?.features ?? [];
        if (!features.length) {
          drawn.current?.layers.clearLayers();
          return setNote('none');
        }
        if (body.illustrative) setNote('illustrative');
        drawn.current ??= m.createMap(element.current, { tileUrl: config.mapTileUrl, zoomLabels: { in: t('zoomIn'), out: t('zoomOut') } });
        m.draw(drawn.current, {
          areas: features.map((f, i) => {
            const id = String(f.id ?? f.properties?.id);
            return { id, name: f.properties?.name ?? id, geometry: f.geometry, fill: FILLS[i % FILLS.length]!, label: f.properties?.name ?? id };
          }),
          onAreaClick: (id) => go(finderParams({ seite, id })),
        });
      },
      () => live && setNote('failed'),
    );
    return () => {
      live = false;
    };
  }, [level]);
  useEffect(() => () => drawn.current?.map.remove(), []);
  // A map is not mirrored on a right-to-left page; its region keeps left to right.
  return html`
    <p class="map-note" id="area-map-note">${t('myArea.mapNote')}${note === 'illustrative' ? ` ${t('myArea.mapIllustrative')}` : ''}</p>
    ${note === 'none' || note === 'failed' ? html`<p class="field-error" role="alert">${t(note === 'none' ? 'myArea.mapNone' : 'myArea.mapFailed')}</p>` : null}
    <div ref=${element} class="map" dir="ltr" role="region" aria-label=${t('myArea.mapLabel')} aria-describedby="area-map-note" data-testid="area-map"></div>`;
}
