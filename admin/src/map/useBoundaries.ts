/** The boundaries of a level as valid today, from the public GeoJSON (the same file residents' maps read). */
import { useEffect, useState } from 'react';
import type { BoundaryLevel } from '../../../shared/schemas/boundary';
import { getConfig } from '../config';

export interface BoundaryFile {
  features: { id: string; properties: { id: string; name: string }; geometry: GeoJSON.Geometry }[];
  illustrative: boolean;
  source: string;
  validFrom: string;
}

export function useBoundaries(level: BoundaryLevel): { file?: BoundaryFile; tileUrl?: string; missing: boolean } {
  const [state, setState] = useState<{ file?: BoundaryFile; tileUrl?: string; missing: boolean }>({ missing: false });
  useEffect(() => {
    let live = true;
    getConfig()
      .then(async (cfg) => {
        const res = await fetch(`${cfg.apiUrl}/public/boundaries/${level}.geojson`);
        if (live) setState(res.ok ? { file: await res.json(), tileUrl: cfg.mapTileUrl, missing: false } : { tileUrl: cfg.mapTileUrl, missing: true });
      })
      .catch(() => live && setState({ missing: true }));
    return () => {
      live = false;
    };
  }, [level]);
  return state;
}
