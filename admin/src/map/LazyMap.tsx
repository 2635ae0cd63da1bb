/** The map, loaded on first use: Leaflet is not part of the admin's initial JavaScript. */
import { lazy, Suspense } from 'react';
import { useTranslate } from 'react-admin';
import type { LeafletMapProps } from './LeafletMap';

const LeafletMap = lazy(() => import('./LeafletMap'));

export function LazyMap(props: LeafletMapProps) {
  const translate = useTranslate();
  return (
    <Suspense fallback={<div style={{ height: props.height ?? 480, background: '#eef1f5', borderRadius: 4 }} aria-busy="true" />}>
      <LeafletMap zoomLabels={{ in: translate('app.map.zoom_in'), out: translate('app.map.zoom_out') }} markerLabel={translate('app.location.marker')} {...props} />
    </Suspense>
  );
}
