/**
 * Boundary imports and point location, pure: valid files in both coordinate systems, and each
 * failure the import must name (open ring, self-intersection, unknown area, quarter outside its
 * space); points inside, outside and on a shared border (the tie rule).
 */
import { describe, expect, it } from 'vitest';
import { checkImport, normalise } from '../../shared/geo/importChecks.ts';
import { locate } from '../../shared/geo/locate.ts';
import { fromWgs84ToUtm32 } from '../../shared/geo/reproject.ts';
import type { BoundaryImport } from '../../shared/schemas/boundary.ts';

// Two neighbouring squares west and east of 7.80° E, sharing the border at lng 7.80.
const west = [[7.78, 51.67], [7.8, 51.67], [7.8, 51.69], [7.78, 51.69], [7.78, 51.67]];
const east = [[7.8, 51.67], [7.82, 51.67], [7.82, 51.69], [7.8, 51.69], [7.8, 51.67]];
const SPACES = [{ id: 'westen', name: 'Hammer Westen' }, { id: 'mitte', name: 'Mitte' }];
const file = (features: { id?: string; name?: string; ring: number[][] }[], extra: Partial<BoundaryImport> = {}): BoundaryImport => ({
  validFrom: '2027-01-01',
  source: 'Test',
  illustrative: false,
  featureCollection: { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', ...(f.id ? { id: f.id } : {}), properties: f.name ? { NAME: f.name } : {}, geometry: { type: 'Polygon', coordinates: [f.ring] } })) },
  ...extra,
});

describe('boundary import checks', () => {
  it('accepts a valid WGS84 file, matching by id or by name (case, umlauts and dashes folded)', () => {
    const r = checkImport(file([{ id: 'westen', ring: west }, { name: 'MITTE', ring: east }]), 'social-spaces', SPACES);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.crs).toBe('EPSG:4326');
      expect(r.features.map((f) => f.areaId)).toEqual(['westen', 'mitte']);
      expect(r.missingAreas).toEqual([]);
    }
    expect(normalise('Bockum-Hövel')).toBe(normalise('bockum hövel'));
  });

  it('accepts EPSG:25832 (declared in the file, or in the request) and converts it to WGS84 within a centimetre', () => {
    const utm = (ring: number[][]) => ring.map(([lng, lat]) => fromWgs84ToUtm32(lng, lat));
    expect(utm(west)[0][0]).toBeGreaterThan(400000); // metres east, not degrees
    const declared = file([{ id: 'westen', ring: utm(west) }]);
    declared.featureCollection.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };
    for (const body of [declared, file([{ id: 'westen', ring: utm(west) }], { crs: 'EPSG:25832' })]) {
      const r = checkImport(body, 'social-spaces', SPACES);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.crs).toBe('EPSG:25832');
      const back = (r.features[0].geometry.coordinates as number[][][])[0];
      back.forEach(([lng, lat], k) => {
        expect(Math.abs(lng - west[k][0])).toBeLessThan(2e-7);
        expect(Math.abs(lat - west[k][1])).toBeLessThan(2e-7);
      });
    }
    // The same metres read as degrees: refused with a hint.
    const r = checkImport(file([{ id: 'westen', ring: utm(west) }]), 'social-spaces', SPACES);
    expect(r).toMatchObject({ ok: false, errors: [{ pointer: '/body/featureCollection/features/0', detail: expect.stringContaining('EPSG:25832') }] });
  });

  it('converts EPSG:25832 as proj4 does (reference values computed with proj4 2.22, +proj=utm +zone=32 +ellps=GRS80 +towgs84=0)', () => {
    const ring = [[416000, 5726000], [432100.55, 5728000.25], [432100.55, 5716000], [416000, 5726000]];
    const r = checkImport(file([{ id: 'westen', ring }], { crs: 'EPSG:25832' }), 'social-spaces', SPACES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a, b] = (r.features[0].geometry.coordinates as number[][][])[0];
    expect(a[0]).toBeCloseTo(7.785069854, 7);
    expect(a[1]).toBeCloseTo(51.678681581, 7);
    expect(b[0]).toBeCloseTo(8.017508924, 7);
    expect(b[1]).toBeCloseTo(51.698841529, 7);
    // And back: Hamm's centre, and NRW's corners, to the centimetre.
    const refs: [number, number, number, number][] = [[7.8075, 51.6783, 417550.07, 5725932.0], [6.0, 50.4, 286806.081, 5587408.406], [9.4, 52.5, 527153.171, 5816727.203], [7.3, 51.9, 383038.285, 5751281.66]];
    for (const [lng, lat, e, n] of refs) {
      const [x, y] = fromWgs84ToUtm32(lng, lat);
      expect(Math.abs(x - e)).toBeLessThan(0.011);
      expect(Math.abs(y - n)).toBeLessThan(0.011);
    }
  });

  it('names an open ring', () => {
    const r = checkImport(file([{ id: 'westen', ring: west.slice(0, 4) }, { id: 'mitte', ring: east }]), 'social-spaces', SPACES);
    expect(r).toEqual({ ok: false, errors: [{ pointer: '/body/featureCollection/features/0', detail: 'Merkmal 1 („westen“): Ring 1 ist nicht geschlossen (erster und letzter Punkt müssen gleich sein, mindestens vier Punkte).' }] });
  });

  it('names a self-intersection (a bow tie) and where it is', () => {
    const bowTie = [[7.78, 51.67], [7.8, 51.69], [7.8, 51.67], [7.78, 51.69], [7.78, 51.67]];
    const r = checkImport(file([{ id: 'mitte', ring: east }, { name: 'Hammer Westen', ring: bowTie }]), 'social-spaces', SPACES);
    expect(r).toMatchObject({ ok: false, errors: [{ pointer: '/body/featureCollection/features/1', detail: expect.stringMatching(/^Merkmal 2 \(„Hammer Westen“\): Die Fläche überschneidet sich selbst \(bei 51\.68000, 7\.79000\)\.$/) }] });
  });

  it('names a feature that matches no area, and an area given twice', () => {
    const r = checkImport(file([{ id: 'westen', ring: west }, { name: 'Gotham', ring: east }, { name: 'hammer-westen', ring: east }]), 'social-spaces', SPACES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { pointer: '/body/featureCollection/features/1', detail: 'Merkmal 2 („Gotham“): keinem Sozialraum zuzuordnen: weder Kennung noch Name ist bekannt.' },
      { pointer: '/body/featureCollection/features/2', detail: 'Merkmal 3 („hammer-westen“): Sozialraum „Hammer Westen“ kommt doppelt vor (schon in Merkmal 1).' },
    ]);
  });

  it(`names a quarter that lies less than 95 % within its social space`, () => {
    const spaces = [{ areaId: 'westen', geometry: { type: 'Polygon' as const, coordinates: [west] } }];
    const quarters = [{ id: 'westenfeldmark', name: 'Westenfeldmark', socialSpaceId: 'westen' }, { id: 'daberg', name: 'Daberg', socialSpaceId: 'westen' }];
    // Half of this one lies east of the border, in Mitte; the other is well inside.
    const straddling = [[7.79, 51.675], [7.81, 51.675], [7.81, 51.685], [7.79, 51.685], [7.79, 51.675]];
    const inside = [[7.785, 51.675], [7.795, 51.675], [7.795, 51.685], [7.785, 51.685], [7.785, 51.675]];
    const r = checkImport(file([{ id: 'daberg', ring: inside }, { id: 'westenfeldmark', ring: straddling }]), 'quarters', quarters, spaces);
    expect(r).toMatchObject({ ok: false, errors: [{ pointer: '/body/featureCollection/features/1', detail: expect.stringMatching(/^Merkmal 2 \(„westenfeldmark“\): Das Quartier „Westenfeldmark“ liegt nur zu (49|50) % in seinem Sozialraum \(mindestens 95 % nötig\)\.$/) }] });
    expect(checkImport(file([{ id: 'daberg', ring: inside }]), 'quarters', quarters, spaces).ok).toBe(true);
    // No social-space boundaries yet: the quarters wait for them.
    expect(checkImport(file([{ id: 'daberg', ring: inside }]), 'quarters', quarters, [])).toMatchObject({ ok: false, errors: [{ detail: expect.stringContaining('zuerst die Sozialräume importieren') }] });
  });
});

describe('locating a point', () => {
  const areas = [{ areaId: 'westen', geometry: { type: 'Polygon' as const, coordinates: [west] } }, { areaId: 'mitte', geometry: { type: 'Polygon' as const, coordinates: [east] } }];
  it('finds the area a point lies in, and none outside', () => {
    expect(locate({ lat: 51.68, lng: 7.79 }, areas)).toBe('westen');
    expect(locate({ lat: 51.68, lng: 7.81 }, areas)).toBe('mitte');
    expect(locate({ lat: 51.7, lng: 7.81 }, areas)).toBeUndefined();
  });
  it('gives a point on a shared border to the area whose id sorts first, whatever the order of the features', () => {
    const onBorder = { lat: 51.68, lng: 7.8 };
    expect(locate(onBorder, areas)).toBe('mitte');
    expect(locate(onBorder, [...areas].reverse())).toBe('mitte');
    // A shared corner too.
    expect(locate({ lat: 51.69, lng: 7.8 }, areas)).toBe('mitte');
  });
});
