/**
 * The finder's map of results, loaded only when a resident asks for it (Leaflet stays out of the
 * finder's initial JavaScript). The social spaces' boundaries on a plain background, each result
 * with a fixed place as a point; a click opens the offer. The list above says the same in words.
 * Where the tenant has no boundaries, the map fits the points, and without those shows Germany.
 */
import { createMap, draw, type Drawn } from '../src/map/leafletCore';

export interface ResultPoint {
  id: string;
  title: string;
  lat: number;
  lng: number;
}

export function showResultsMap(
  element: HTMLElement,
  opts: { spaces: { id: string; name: string; geometry: GeoJSON.Geometry }[]; points: ResultPoint[]; zoomLabels: { in: string; out: string }; tileUrl?: string; open: (id: string) => void },
): () => void {
  const drawn: Drawn = createMap(element, { tileUrl: opts.tileUrl, zoomLabels: opts.zoomLabels });
  // draw() fits the view to the boundaries; without any it would fall back to Hamm, so the view is set here first.
  if (!opts.spaces.length) {
    if (opts.points.length) drawn.map.fitBounds(opts.points.map((p) => [p.lat, p.lng] as [number, number]), { padding: [24, 24], maxZoom: 15 });
    else drawn.map.setView([51.2, 10.4], 6);
  }
  draw(drawn, {
    areas: opts.spaces.map((s) => ({ id: s.id, name: s.name, geometry: s.geometry, fill: '#e3ecf7', label: s.name })),
    points: opts.points.map((p) => ({ id: p.id, lat: p.lat, lng: p.lng, colour: '#0d47a1', label: p.title })),
    onPointClick: opts.open,
  });
  return () => drawn.map.remove();
}
