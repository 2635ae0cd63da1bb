/** The admin's map (React over leafletCore.ts), loaded lazily through LazyMap.tsx. */
import { useEffect, useRef } from 'react';
import { createMap, draw, type Drawn, type MapArea, type MapPoint } from './leafletCore';

export type { MapArea, MapPoint };
export interface LeafletMapProps {
  areas: MapArea[];
  points?: MapPoint[];
  /** A point to mark (e.g. the coordinates being edited). */
  marker?: { lat: number; lng: number };
  onAreaClick?: (id: string) => void;
  onMapClick?: (at: { lat: number; lng: number }) => void;
  tileUrl?: string;
  height?: number;
  ariaLabel: string;
  /** The zoom buttons' names and the marker's, in the UI's language. */
  zoomLabels?: { in: string; out: string };
  markerLabel?: string;
}

export default function LeafletMap({ areas, points, marker, onAreaClick, onMapClick, tileUrl, height = 480, ariaLabel, zoomLabels = { in: 'Vergrößern', out: 'Verkleinern' }, markerLabel = '' }: LeafletMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const drawn = useRef<Drawn | undefined>(undefined);
  const handlers = useRef({ onAreaClick, onMapClick });
  handlers.current = { onAreaClick, onMapClick };

  useEffect(() => {
    drawn.current = createMap(element.current!, { tileUrl, zoomLabels, onClick: (at) => handlers.current.onMapClick?.(at) });
    return () => {
      drawn.current?.map.remove();
      drawn.current = undefined;
    };
  }, [tileUrl, zoomLabels.in, zoomLabels.out]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!drawn.current) return;
    draw(drawn.current, {
      areas,
      points,
      marker: marker && { ...marker, label: markerLabel },
      onAreaClick: onAreaClick ? (id) => handlers.current.onAreaClick?.(id) : undefined,
    });
  }, [areas, points, marker, Boolean(onAreaClick)]); // eslint-disable-line react-hooks/exhaustive-deps

  return <div ref={element} role="region" aria-label={ariaLabel} data-testid="map" style={{ height, width: '100%', background: '#eef1f5', borderRadius: 4 }} />;
}
