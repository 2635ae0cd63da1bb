/**
 * The small map in the idea form ("Ort auf der Karte wählen"), loaded only when a resident opens it
 * (Leaflet stays out of the finder's initial JavaScript and out of the participation chunk). A click
 * or tap sets the one marker; with the keyboard the arrow keys move the map and Enter sets the
 * marker at its centre. The selects above it stay the way to say where without a map.
 * It opens on the place set, else on the tenant's social spaces (their boundaries, as the API has them
 * for the address the finder was opened at), else on Germany.
 */
import L from 'leaflet';
import { createMap, draw, type Drawn } from '../src/map/leafletCore';

type At = { lat: number; lng: number };

const GERMANY: [number, number] = [51.2, 10.4];
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function showPlaceMap(
  element: HTMLElement,
  opts: { at?: At; areas?: GeoJSON.Geometry[]; markerLabel: string; zoomLabels: { in: string; out: string }; tileUrl?: string; pick: (at: At) => void },
): { mark: (at?: At) => void; close: () => void } {
  const drawn: Drawn = createMap(element, { tileUrl: opts.tileUrl, zoomLabels: opts.zoomLabels, onClick: opts.pick });
  // The view is set before drawing, so draw() does not fit it itself (to no areas: its fallback is Hamm).
  const areas = opts.areas?.length ? L.geoJSON({ type: 'FeatureCollection', features: opts.areas.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) } as GeoJSON.FeatureCollection).getBounds() : undefined;
  if (opts.at) drawn.map.setView([opts.at.lat, opts.at.lng], 12);
  else if (areas?.isValid()) drawn.map.fitBounds(areas, { padding: [8, 8] });
  else drawn.map.setView(GERMANY, 6);
  const onKey = (e: KeyboardEvent) => {
    if (e.target !== element || e.key !== 'Enter') return;
    e.preventDefault();
    const c = drawn.map.getCenter();
    opts.pick({ lat: round(c.lat), lng: round(c.lng) });
  };
  element.addEventListener('keydown', onKey);
  const mark = (at?: At) => draw(drawn, { areas: [], ...(at ? { marker: { ...at, label: opts.markerLabel } } : {}) });
  mark(opts.at);
  return {
    mark,
    close: () => {
      element.removeEventListener('keydown', onKey);
      drawn.map.remove();
    },
  };
}
