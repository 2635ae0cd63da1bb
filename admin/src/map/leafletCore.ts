/**
 * Leaflet, framework-free: the admin's React map and the residents' finder draw with these, each
 * loading this module lazily. No tile server unless a URL is configured: boundaries on a plain
 * background work offline and call no third party.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

export interface MapArea {
  id: string;
  name: string;
  geometry: GeoJSON.Geometry;
  fill: string;
  /** Shown on hover. */
  label: string;
}
export interface MapPoint {
  id: string;
  lat: number;
  lng: number;
  colour: string;
  label: string;
}
export interface Drawn {
  map: L.Map;
  layers: L.LayerGroup;
}

export function createMap(element: HTMLElement, opts: { tileUrl?: string; zoomLabels: { in: string; out: string }; onClick?: (at: { lat: number; lng: number }) => void }): Drawn {
  const map = L.map(element, { zoomSnap: 0.25, attributionControl: Boolean(opts.tileUrl), zoomControl: false });
  L.control.zoom({ zoomInTitle: opts.zoomLabels.in, zoomOutTitle: opts.zoomLabels.out }).addTo(map);
  if (opts.tileUrl) L.tileLayer(opts.tileUrl, { maxZoom: 18 }).addTo(map);
  if (opts.onClick) map.on('click', (e: L.LeafletMouseEvent) => opts.onClick!({ lat: Math.round(e.latlng.lat * 1e6) / 1e6, lng: Math.round(e.latlng.lng * 1e6) / 1e6 }));
  return { map, layers: L.layerGroup().addTo(map) };
}

export function draw(
  { map, layers }: Drawn,
  content: { areas: MapArea[]; points?: MapPoint[]; marker?: { lat: number; lng: number; label: string }; onAreaClick?: (id: string) => void; onPointClick?: (id: string) => void },
): void {
  layers.clearLayers();
  const shapes = L.geoJSON(
    { type: 'FeatureCollection', features: content.areas.map((a) => ({ type: 'Feature', id: a.id, properties: { id: a.id, label: a.label, fill: a.fill }, geometry: a.geometry })) } as GeoJSON.FeatureCollection,
    {
      style: (f) => ({ color: '#37474f', weight: 1.5, fillColor: f?.properties.fill, fillOpacity: 0.55 }),
      onEachFeature: (f, layer) => {
        layer.bindTooltip(f.properties.label, { sticky: true });
        if (content.onAreaClick)
          layer.on('click', (e: L.LeafletMouseEvent) => {
            L.DomEvent.stopPropagation(e);
            content.onAreaClick!(f.properties.id);
          });
      },
    },
  ).addTo(layers);
  for (const p of content.points ?? []) {
    const m = L.circleMarker([p.lat, p.lng], { radius: 7, color: '#212121', weight: 1, fillColor: p.colour, fillOpacity: 0.95 }).bindTooltip(p.label).addTo(layers);
    if (content.onPointClick) m.on('click', () => content.onPointClick!(p.id));
  }
  if (content.marker) L.circleMarker([content.marker.lat, content.marker.lng], { radius: 9, color: '#b71c1c', weight: 3, fillColor: '#ffffff', fillOpacity: 1 }).bindTooltip(content.marker.label).addTo(layers);
  // Fit once, to the boundaries (or to Hamm without any).
  if (map.getZoom() === undefined) {
    if (content.areas.length) map.fitBounds(shapes.getBounds(), { padding: [8, 8] });
    else map.setView([51.68, 7.82], 11);
  }
}
