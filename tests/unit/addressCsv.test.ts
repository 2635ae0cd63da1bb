/** Reading the house coordinates: the official HK-DE layout (UTM32, decimal commas, no header), named columns, WGS84, and refusals by line and column. */
import { describe, expect, it } from 'vitest';
import { readAddressCsv } from '../../shared/geo/addressCsv.ts';
import { fromWgs84ToUtm32 } from '../../shared/geo/reproject.ts';
import { illustrativeAddressCsv } from '../../shared/seed/addresses.ts';

// Hamm's town hall area, as ETRS89/UTM32 easting/northing.
const [east, north] = fromWgs84ToUtm32(7.8167, 51.6806);
const utm = (x: number) => x.toFixed(3).replace('.', ',');

describe('readAddressCsv', () => {
  it('reads the official layout without a header: HNR, ADZ, EAST, NORTH (UTM32, decimal comma), STN, PLZ', () => {
    const csv = `N;DENW000000000001;A;05;9;15;000;0001;00101;12;a;${utm(east)};${utm(north)};Nordstraße;59065;Hamm;;\n`;
    const read = readAddressCsv(csv);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0]).toMatchObject({ street: 'Nordstraße', number: 12, suffix: 'a', postcode: '59065' });
    expect(read.rows[0].lat).toBeCloseTo(51.6806, 6);
    expect(read.rows[0].lng).toBeCloseTo(7.8167, 6);
  });

  it('reads a header row with German or official names, and WGS84 columns instead of UTM', () => {
    const german = readAddressCsv(`Straße;Hausnummer;Zusatz;PLZ;Ostwert;Nordwert\nNordstraße;3;;59065;${utm(east)};${utm(north)}\n`);
    expect(german.ok && german.rows[0]).toMatchObject({ street: 'Nordstraße', number: 3, postcode: '59065' });
    const official = readAddressCsv(`STN,HNR,ADZ,EAST,NORTH\n"Lange Straße",7,B,${east.toFixed(2)},${north.toFixed(2)}\n`);
    expect(official.ok && official.rows[0]).toMatchObject({ street: 'Lange Straße', number: 7, suffix: 'b' });
    const wgs = readAddressCsv('strasse;hnr;lat;lng\nNordstraße;5;51,6806;7,8167\n');
    expect(wgs.ok && wgs.rows[0]).toMatchObject({ number: 5, lat: 51.6806, lng: 7.8167 });
  });

  it('refuses bad rows by their line in the file and their column, and nothing else is read', () => {
    const read = readAddressCsv(`STN;HNR;ADZ;PLZ;EAST;NORTH\nNordstraße;3;;59065;${utm(east)};${utm(north)}\n\nNordstraße;12a;;59065;${utm(east)};${utm(north)}\n;4;;5906;abc;${utm(north)}\nNordstraße;5;;;${utm(north)};${utm(east)}\n`);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => `${e.line}|${e.column}`)).toEqual(['4|HNR', '5|STN', '5|PLZ', '5|EAST', '6|EAST']);
    expect(read.errors[0].detail).toContain('„12a“ ist keine Hausnummer');
    expect(read.errors[4].detail).toContain('nicht in Deutschland');
  });

  it('says which columns are missing', () => {
    const read = readAddressCsv('Name;Wert\nx;1\n');
    expect(read.ok === false && read.errors[0].detail).toContain('Spalten fehlen');
  });

  it('reads the demo directory whole', () => {
    const read = readAddressCsv(illustrativeAddressCsv());
    expect(read.ok && read.rows.length).toBeGreaterThan(500);
  });
});
