/**
 * `npx tsx infra/scripts/addressSeed.ts`: writes shared/data/hamm-addresses.csv, the demo's address
 * directory in the official layout of the house coordinates (HK-DE: `;`, no header, ETRS89/UTM32 with
 * decimal commas). ILLUSTRATIVE like the seeded boundaries: the streets of Hammer Norden's and Hammer
 * Westen's quarters (shared/seed/publicFaces.ts) laid out as short straight rows of houses through
 * their quarter's illustrative cell, odd numbers on one side, even on the other. Lange Straße runs
 * along the border of the two Westen quarters named after it, so its side (odd north, even south)
 * decides the quarter. Every point is checked to lie in its quarter; those that do not are left out.
 */
import { writeFileSync } from 'node:fs';
import { locate } from '../../shared/geo/locate.ts';
import { fromWgs84ToUtm32 } from '../../shared/geo/reproject.ts';
import { illustrativeBoundaries, quarterCentre } from '../../shared/seed/boundaries.ts';
import { STREETS } from '../../shared/seed/publicFaces.ts';

const shapes = illustrativeBoundaries().quarters.featureCollection.features.map((f) => ({ areaId: String(f.id), name: String(f.properties?.name), geometry: f.geometry }));
const idOf = (name: string) => shapes.find((s) => s.name === name)!.areaId;
const POSTCODE: Record<string, string> = { 'Hamm-Norden': '59065', 'Nordenfeldmark-West': '59065', 'Nordenfeldmark-Ost': '59065' };
/** Hamm: Land 05, Regierungsbezirk 9 (Arnsberg), kreisfreie Stadt 15, Gemeinde 000. */
const AGS = ['05', '9', '15', '000'];
const BORDER = { north: 'Westen (nördlich Lange Straße)', south: 'Westen (südlich Lange Straße)' };

type Pt = { lat: number; lng: number };
/** A point `east`, `north` metres away (plenty accurate over a few hundred metres). */
const move = (p: Pt, east: number, north: number): Pt => ({ lat: p.lat + north / 111_320, lng: p.lng + east / (111_320 * Math.cos((p.lat * Math.PI) / 180)) });

const rows: string[][] = [];
const streetCodes = new Map<string, string>();
let serial = 0;
function house(street: string, quarter: string, number: number, suffix: string, at: Pt) {
  if (locate(at, shapes) !== idOf(quarter)) return;
  if (!streetCodes.has(street)) streetCodes.set(street, String(streetCodes.size * 7 + 101).padStart(5, '0'));
  const [east, north] = fromWgs84ToUtm32(at.lng, at.lat);
  const utm = (x: number) => x.toFixed(3).replace('.', ',');
  rows.push(['N', `DENW${String(++serial).padStart(12, '0')}`, 'A', ...AGS, '0001', streetCodes.get(street)!, String(number), suffix, utm(east), utm(north), street, POSTCODE[quarter] ?? '59067', 'Hamm', '', '']);
}

/** Houses 1…2·pairs along a line through `mid` in direction `angle` (degrees from east), odd on the left, even on the right. */
function row(street: string, mid: Pt, angle: number, pairs: number, spacing: number, side: number, quarterOf: (odd: boolean) => string) {
  const [dx, dy] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)];
  for (let i = 0; i < pairs; i++) {
    const along = (i - (pairs - 1) / 2) * spacing;
    for (const odd of [true, false]) {
      const number = 2 * i + (odd ? 1 : 2);
      const s = odd ? side : -side;
      const at = move(mid, along * dx - s * dy, along * dy + s * dx);
      house(street, quarterOf(odd), number, '', at);
      // A few houses built later on a divided plot: "3a", "10a".
      if (number === 3 || number === 10) house(street, quarterOf(odd), number, 'a', move(at, 4 * dx, 4 * dy));
    }
  }
}

for (const [quarter, streets] of Object.entries(STREETS)) {
  const centre = quarterCentre(quarter);
  streets.filter((s) => s !== 'Lange Straße').forEach((street, i) => {
    const mid = move(centre, (i - streets.length / 2) * 40, (i % 2 ? 1 : -1) * 50 * i);
    row(street, mid, 20 + (i * 160) / streets.length, 10, 18, 12, () => quarter);
  });
}
// Lange Straße along the border of its two quarters: the perpendicular bisector of their centres (the Voronoi edge).
const [n, s] = [quarterCentre(BORDER.north), quarterCentre(BORDER.south)];
const mid = { lat: (n.lat + s.lat) / 2, lng: (n.lng + s.lng) / 2 };
const towardsNorth = (Math.atan2((n.lat - s.lat) * 111_320, (n.lng - s.lng) * 111_320 * Math.cos((mid.lat * Math.PI) / 180)) * 180) / Math.PI;
// Walking with the north quarter on the left: odd numbers there.
row('Lange Straße', mid, towardsNorth - 90, 20, 20, 25, (odd) => (odd ? BORDER.north : BORDER.south));

const file = new URL('../../shared/data/hamm-addresses.csv', import.meta.url);
writeFileSync(file, rows.map((r) => r.join(';')).join('\n') + '\n');
const lange = rows.filter((r) => r[13] === 'Lange Straße');
console.log(`${rows.length} addresses in ${streetCodes.size} streets; Lange Straße: ${lange.length} houses (${lange.filter((r) => Number(r[9]) % 2).length} odd)`);
