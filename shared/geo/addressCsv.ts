/**
 * Reading the house coordinates (Hauskoordinaten) as a city gets them: the official layout of the
 * surveying authorities (HK-DE, as Geobasis NRW delivers it: `;`-separated, no header row, ETRS89/UTM32
 * east and north with decimal commas in fields 12 and 13), or any CSV whose header row names its
 * columns with the official abbreviations (STN, HNR, ADZ, PLZ, EAST, NORTH) or their German words
 * (Straße, Hausnummer, Zusatz, Ostwert, Nordwert), or carries WGS84 `lat`/`lng` instead.
 * Every refused cell is named by line and column, so the file can be fixed where it is wrong.
 */
import { parse } from 'csv-parse/sync';
import { separatorOf } from '../format/csvSeparator.ts';
import { fold } from '../i18n/fold.ts';
import { round7, utm32ToWgs84 } from './reproject.ts';

export interface AddressRow {
  street: string;
  number: number;
  suffix?: string;
  postcode?: string;
  lat: number;
  lng: number;
}

export interface AddressCsvError {
  line: number;
  column: string;
  detail: string;
}

type Field = 'street' | 'number' | 'suffix' | 'postcode' | 'east' | 'north' | 'lat' | 'lng';

/** Header names, folded and without punctuation, by field; the official abbreviations first. */
const ALIASES: Record<Field, string[]> = {
  street: ['stn', 'strasse', 'strassenname', 'street', 'str'],
  number: ['hnr', 'hsn', 'hausnummer', 'hausnr', 'housenumber', 'nr'],
  suffix: ['adz', 'zus', 'zusatz', 'adressierungszusatz', 'hausnummernzusatz', 'suffix'],
  postcode: ['plz', 'postleitzahl', 'postcode'],
  east: ['east', 'ostwert', 'rechtswert', 'easting', 'utmeast', 'x'],
  north: ['north', 'nordwert', 'hochwert', 'northing', 'utmnorth', 'y'],
  lat: ['lat', 'latitude', 'breite'],
  lng: ['lng', 'lon', 'long', 'longitude', 'laenge'],
};
/** Positions in the official layout without a header (0-based): HNR, ADZ, EAST, NORTH, STN, PLZ. */
const OFFICIAL: Partial<Record<Field, number>> = { number: 9, suffix: 10, east: 11, north: 12, street: 13, postcode: 14 };
const OFFICIAL_NAMES: Partial<Record<Field, string>> = { number: 'HNR', suffix: 'ADZ', east: 'EAST', north: 'NORTH', street: 'STN', postcode: 'PLZ' };
/** A generous box around Germany: a point outside it is a swapped or mistyped coordinate. */
const GERMANY = { lat: [47, 55.5], lng: [5.5, 15.5] } as const;
const MAX_ERRORS = 100;

const headerName = (h: string) => fold(h).replace(/[^a-z0-9]/g, '');
const decimal = (v: string) => (/^-?\d+(,\d+)?$/.test(v) ? Number(v.replace(',', '.')) : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN);

/** Which column holds each field: from the header row, or the official positions when the first row is data. */
function columnsOf(first: string[]): { at: Partial<Record<Field, number>>; names: Partial<Record<Field, string>>; header: boolean } {
  const folded = first.map(headerName);
  const at: Partial<Record<Field, number>> = {};
  const names: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(ALIASES) as Field[]) {
    const i = ALIASES[field].map((a) => folded.indexOf(a)).find((x) => x >= 0);
    if (i !== undefined) (at[field] = i), (names[field] = first[i].trim());
  }
  if (at.street !== undefined || at.number !== undefined) return { at, names, header: true };
  // No header: the official layout, if the row is as long as it (else no column is known, and the caller says which are missing).
  return first.length > OFFICIAL.street! ? { at: OFFICIAL, names: OFFICIAL_NAMES, header: false } : { at: {}, names: {}, header: true };
}

export function readAddressCsv(text: string): { ok: true; rows: AddressRow[] } | { ok: false; errors: AddressCsvError[] } {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, { delimiter: separatorOf(text), relax_column_count: true, skip_empty_lines: true, bom: true, trim: true, info: true }) as unknown as typeof parsed;
  } catch (err) {
    return { ok: false, errors: [{ line: (err as { lines?: number }).lines ?? 1, column: '', detail: `Die CSV-Datei ist nicht lesbar: ${(err as Error).message}` }] };
  }
  const records = parsed.map((p) => p.record);
  if (!records.length) return { ok: false, errors: [{ line: 1, column: '', detail: 'Die Datei enthält keine Adressen.' }] };
  const { at, names, header } = columnsOf(records[0]);
  const utm = at.east !== undefined && at.north !== undefined;
  if (at.street === undefined || at.number === undefined || (!utm && (at.lat === undefined || at.lng === undefined)))
    return { ok: false, errors: [{ line: 1, column: '', detail: 'Spalten fehlen: nötig sind Straße (STN), Hausnummer (HNR) und Ostwert/Nordwert (EAST/NORTH, ETRS89/UTM32) oder lat/lng (WGS84).' }] };
  const rows: AddressRow[] = [];
  const errors: AddressCsvError[] = [];
  const offset = header ? 1 : 0;
  records.slice(offset).forEach((cells, i) => {
    if (errors.length >= MAX_ERRORS) return;
    // The file's own line (csv-parse counts the line a record ends on), blank lines included.
    const line = parsed[i + offset].info.lines;
    const cell = (f: Field) => (at[f] === undefined ? '' : (cells[at[f]!] ?? ''));
    const fail = (f: Field, detail: string) => errors.push({ line, column: names[f] ?? f, detail });
    const before = errors.length;
    const street = cell('street');
    if (!street) fail('street', 'Straßenname fehlt');
    const number = cell('number');
    if (!/^\d{1,5}$/.test(number) || Number(number) === 0) fail('number', number ? `„${number}“ ist keine Hausnummer (nur Ziffern; Buchstaben gehören in den Zusatz)` : 'Hausnummer fehlt');
    const suffix = cell('suffix');
    if (suffix && !/^[\p{L}\d]{1,10}$/u.test(suffix)) fail('suffix', `„${suffix}“ ist kein Adressierungszusatz`);
    const postcode = cell('postcode');
    if (postcode && !/^\d{5}$/.test(postcode)) fail('postcode', `„${postcode}“ ist keine Postleitzahl`);
    let lat = NaN;
    let lng = NaN;
    if (utm) {
      const [e, n] = [decimal(cell('east')), decimal(cell('north'))];
      if (Number.isNaN(e)) fail('east', `„${cell('east')}“ ist kein Ostwert in Metern`);
      if (Number.isNaN(n)) fail('north', `„${cell('north')}“ ist kein Nordwert in Metern`);
      if (!Number.isNaN(e) && !Number.isNaN(n)) [lng, lat] = utm32ToWgs84(e, n);
    } else {
      [lat, lng] = [decimal(cell('lat')), decimal(cell('lng'))];
    }
    if (errors.length === before && !(lat >= GERMANY.lat[0] && lat <= GERMANY.lat[1] && lng >= GERMANY.lng[0] && lng <= GERMANY.lng[1]))
      fail(utm ? 'east' : 'lat', 'Die Koordinate liegt nicht in Deutschland (vertauscht, oder ein anderes Koordinatensystem als ETRS89/UTM32 bzw. WGS84?)');
    if (errors.length > before) return;
    rows.push({ street, number: Number(number), ...(suffix ? { suffix: suffix.toLowerCase() } : {}), ...(postcode ? { postcode } : {}), lat: round7(lat), lng: round7(lng) });
  });
  if (errors.length) return { ok: false, errors };
  if (!rows.length) return { ok: false, errors: [{ line: 1, column: '', detail: 'Die Datei enthält keine Adressen.' }] };
  return { ok: true, rows };
}
