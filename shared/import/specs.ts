/**
 * The columns of each spreadsheet type: German header, the API field it fills (a dot path), how a
 * cell is read, and what the template's explanation sheet says. One source for the template, the
 * reader's mapping and the preview's German messages. Browser-safe (no zod, no exceljs).
 */
import type { EntityType } from '../entities.ts';
import { tenantTargetGroups, tenantThemes } from '../schemas/vocabulary.ts';
import {
  CADENCE_DE,
  FIGURE_DE,
  NETWORK_KIND_DE,
  NETWORK_STATUS_DE,
  OFFER_KIND_DE,
  OFFER_STATUS_DE,
  ORGANISATION_KIND_DE,
  TARGET_GROUP_DE,
} from '../format/labels.ts';
import type { SheetType } from './types.ts';

export type CellKind =
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'enum'
  | 'enumList'
  | 'codeList'
  | 'ref'
  | 'refList'
  | 'schedules'
  | 'postalCode'
  | 'email'
  | 'emailList'
  | 'sessions';

/** The record types a cell may name, by name or id. */
export type RefType = Extract<EntityType, 'district' | 'socialSpace' | 'quarter' | 'organisation' | 'centre' | 'indicator'>;

export interface Column {
  header: string;
  field: string;
  kind: CellKind;
  required?: boolean;
  /** enum, enumList: code → German label (a cell may hold either). Themes and target groups: the tenant's own, read when asked. */
  values?: Readonly<Record<string, string>>;
  ref?: RefType;
  /** What the explanation sheet says beyond the allowed values. */
  help: string;
  example: string | number | boolean | Date;
}

export interface SheetSpec {
  type: SheetType;
  entity: EntityType;
  /** The API resource rows are written through (/v1/<resource>). */
  resource: string;
  /** The field naming a record in the preview. */
  labelField: string;
  columns: Column[];
  /**
   * How a row finds its record when it has no external id: these fields, equal after folding. Types
   * with a natural-key guard (measurements, key figures) find it through the guard (pattern 5).
   */
  naturalKey: string[];
  /** Measurements: every further column headed by a period (2026-10, 2026-Q3, 2026) holds a value. */
  periodColumns?: { field: string; valueField: string };
}

export const REF_DE: Record<RefType, string> = {
  district: 'Stadtbezirk',
  socialSpace: 'Sozialraum',
  quarter: 'Quartier',
  organisation: 'Träger',
  centre: 'Stadtteilzentrum',
  indicator: 'Kennzahl',
};

/**
 * The themes and target groups of the tenant in scope (shared/schemas/vocabulary.ts). The columns
 * (and the themes' examples) read them through a getter, each time the template, a cell or the preview asks, not once at load.
 */
const ownThemes = () => Object.fromEntries(tenantThemes().map((t) => [t, t]));
const ownTargetGroups = () => Object.fromEntries(tenantTargetGroups().map((g) => [g, TARGET_GROUP_DE[g]]));
const LIST_HELP = 'Mehrere Einträge durch Semikolon trennen.';
const EXTERNAL_ID: Column = {
  header: 'Externe ID',
  field: 'externalId',
  kind: 'text',
  help: 'Ihre eigene Kennung des Datensatzes (z. B. die Zeilennummer Ihrer bisherigen Liste). Mit ihr findet ein zweiter Import denselben Datensatz wieder; ohne sie wird über den Namen zugeordnet.',
  example: 'A-0001',
};
const contact = (example: string): Column[] => [
  { header: 'Kontakt Name', field: 'contact.name', kind: 'text', help: 'Ansprechperson oder Stelle.', example },
  { header: 'Kontakt E-Mail', field: 'contact.email', kind: 'email', help: 'E-Mail-Adresse.', example: 'info@example.org' },
  { header: 'Kontakt Telefon', field: 'contact.phone', kind: 'text', help: 'Telefonnummer.', example: '02381 12345' },
  { header: 'Website', field: 'contact.website', kind: 'text', help: 'Vollständige Adresse mit https://.', example: 'https://www.example.org' },
];

export const SHEET_SPECS: Record<SheetType, SheetSpec> = {
  offers: {
    type: 'offers',
    entity: 'offer',
    resource: 'offers',
    labelField: 'title',
    naturalKey: ['title', 'organisationId'],
    columns: [
      EXTERNAL_ID,
      { header: 'Titel', field: 'title', kind: 'text', required: true, help: 'Name des Angebots, höchstens 200 Zeichen.', example: 'Elterncafé am Dienstag' },
      { header: 'Beschreibung', field: 'description', kind: 'text', help: 'Was das Angebot ist und für wen, höchstens 5.000 Zeichen.', example: 'Offener Treff für Eltern mit Kindern unter 6 Jahren.' },
      { header: 'Art', field: 'kind', kind: 'enum', values: OFFER_KIND_DE, help: 'Ohne Angabe: Sonstiges.', example: 'Treffpunkt' },
      { header: 'Status', field: 'status', kind: 'enum', values: OFFER_STATUS_DE, help: 'Nur veröffentlichte Angebote erscheinen in der Angebotssuche. Ohne Angabe: Entwurf.', example: 'Veröffentlicht' },
      { header: 'Träger', field: 'organisationId', kind: 'ref', ref: 'organisation', required: true, help: 'Name oder Kennung eines Trägers im System.', example: 'Caritasverband Hamm' },
      { header: 'Sozialräume', field: 'socialSpaceIds', kind: 'refList', ref: 'socialSpace', required: true, help: `Name oder Kennung. ${LIST_HELP}`, example: 'Hammer Norden' },
      { header: 'Quartiere', field: 'quarterIds', kind: 'refList', ref: 'quarter', help: `Name oder Kennung; die Quartiere liegen in den genannten Sozialräumen. ${LIST_HELP}`, example: '' },
      { header: 'Stadtteilzentrum', field: 'centreId', kind: 'ref', ref: 'centre', help: 'Name oder Kennung; es liegt in einem der genannten Sozialräume.', example: '' },
      { header: 'Themen', field: 'themes', kind: 'enumList', get values() { return ownThemes(); }, required: true, help: LIST_HELP, get example() { return tenantThemes().slice(0, 2).join('; '); } },
      { header: 'Zielgruppen', field: 'targetGroups', kind: 'enumList', get values() { return ownTargetGroups(); }, required: true, help: LIST_HELP, example: 'Eltern; Familien' },
      { header: 'Mindestalter', field: 'minAge', kind: 'integer', help: 'Ganze Zahl von 0 bis 120.', example: '' },
      { header: 'Höchstalter', field: 'maxAge', kind: 'integer', help: 'Ganze Zahl von 0 bis 120, nicht unter dem Mindestalter.', example: '' },
      { header: 'Sprachen', field: 'languages', kind: 'codeList', help: `Sprachcodes nach ISO 639-1 (de, en, tr, ar …). ${LIST_HELP} Ohne Angabe: de.`, example: 'de; tr' },
      { header: 'Zeiten', field: 'schedules', kind: 'schedules', help: 'Wöchentliche Zeiten wie „Di 09:00-11:00“ oder „Mo, Mi 15:00-17:00“. Mehrere Zeiten durch Semikolon trennen.', example: 'Di 09:00-11:00' },
      { header: 'Kostenlos', field: 'cost.free', kind: 'boolean', help: 'ja oder nein. Ohne Angabe: ja.', example: 'ja' },
      { header: 'Kosten in Euro', field: 'cost.amountEur', kind: 'number', help: 'Betrag in Euro, z. B. 12,50.', example: '' },
      { header: 'Anmeldung erforderlich', field: 'registrationRequired', kind: 'boolean', help: 'ja oder nein. Ohne Angabe: nein.', example: 'nein' },
      ...contact('Frau Beispiel'),
      { header: 'Gültig ab', field: 'validFrom', kind: 'date', help: 'Datum wie 01.02.2027.', example: '' },
      { header: 'Gültig bis', field: 'validUntil', kind: 'date', help: 'Datum wie 31.12.2027, nicht vor „Gültig ab“.', example: '' },
    ],
  },
  organisations: {
    type: 'organisations',
    entity: 'organisation',
    resource: 'organisations',
    labelField: 'name',
    naturalKey: ['name'],
    columns: [
      EXTERNAL_ID,
      { header: 'Name', field: 'name', kind: 'text', required: true, help: 'Name des Trägers, höchstens 200 Zeichen.', example: 'Familienzentrum Beispielstraße e. V.' },
      { header: 'Art', field: 'kind', kind: 'enum', values: ORGANISATION_KIND_DE, required: true, help: 'Eine der erlaubten Arten.', example: 'Verein' },
      { header: 'Übergeordneter Träger', field: 'parentId', kind: 'ref', ref: 'organisation', help: 'Name oder Kennung eines Trägers im System.', example: '' },
      { header: 'Beschreibung', field: 'description', kind: 'text', help: 'Höchstens 2.000 Zeichen.', example: '' },
      ...contact('Geschäftsstelle'),
    ],
  },
  centres: {
    type: 'centres',
    entity: 'centre',
    resource: 'centres',
    labelField: 'name',
    naturalKey: ['name', 'socialSpaceId'],
    columns: [
      EXTERNAL_ID,
      { header: 'Name', field: 'name', kind: 'text', required: true, help: 'Name des Stadtteilzentrums.', example: 'Stadtteilzentrum Beispiel' },
      { header: 'Sozialraum', field: 'socialSpaceId', kind: 'ref', ref: 'socialSpace', required: true, help: 'Name oder Kennung des Sozialraums.', example: 'Hammer Norden' },
      { header: 'Quartier', field: 'quarterId', kind: 'ref', ref: 'quarter', help: 'Name oder Kennung; es liegt im genannten Sozialraum.', example: '' },
      { header: 'Straße', field: 'address.street', kind: 'text', required: true, help: 'Straße und Hausnummer.', example: 'Beispielstraße 1' },
      { header: 'PLZ', field: 'address.postalCode', kind: 'postalCode', required: true, help: 'Fünfstellige Postleitzahl.', example: '59065' },
      { header: 'Ort', field: 'address.city', kind: 'text', help: 'Ohne Angabe: der Ort Ihrer Kommune.', example: '' },
      { header: 'Breitengrad', field: 'geo.lat', kind: 'number', help: 'WGS84, z. B. 51,6812.', example: '' },
      { header: 'Längengrad', field: 'geo.lng', kind: 'number', help: 'WGS84, z. B. 7,8172.', example: '' },
      { header: 'Barrierefreiheit', field: 'accessibility', kind: 'text', help: 'Zugang, Aufzug, WC; höchstens 1.000 Zeichen.', example: '' },
      ...contact('Empfang'),
    ],
  },
  networks: {
    type: 'networks',
    entity: 'network',
    resource: 'networks',
    labelField: 'name',
    naturalKey: ['name'],
    columns: [
      EXTERNAL_ID,
      { header: 'Name', field: 'name', kind: 'text', required: true, help: 'Name des Netzwerks oder Gremiums.', example: 'Arbeitskreis Frühe Hilfen' },
      { header: 'Art', field: 'kind', kind: 'enum', values: NETWORK_KIND_DE, required: true, help: 'Eine der erlaubten Arten.', example: 'Arbeitskreis' },
      { header: 'Sozialräume', field: 'socialSpaceIds', kind: 'refList', ref: 'socialSpace', required: true, help: LIST_HELP, example: 'Hammer Norden' },
      { header: 'Themen', field: 'themes', kind: 'enumList', get values() { return ownThemes(); }, help: LIST_HELP, get example() { return tenantThemes()[0]; } },
      { header: 'Zielgruppen', field: 'targetGroups', kind: 'enumList', get values() { return ownTargetGroups(); }, help: LIST_HELP, example: 'Eltern; Kinder' },
      { header: 'Beschreibung', field: 'description', kind: 'text', help: 'Höchstens 4.000 Zeichen.', example: '' },
      { header: 'Mitglieder', field: 'memberOrganisationIds', kind: 'refList', ref: 'organisation', help: `Träger, die mitarbeiten: Name oder Kennung. ${LIST_HELP}`, example: 'Caritasverband Hamm; Diakonie Ruhr-Hellweg' },
      { header: 'Turnus', field: 'cadence', kind: 'enum', values: CADENCE_DE, help: 'Ohne Angabe: nach Bedarf.', example: 'vierteljährlich' },
      { header: 'Status', field: 'status', kind: 'enum', values: NETWORK_STATUS_DE, help: 'Ohne Angabe: aktiv.', example: 'aktiv' },
      { header: 'Beginn', field: 'startDate', kind: 'date', help: 'Datum wie 01.01.2027.', example: '' },
      { header: 'Ende', field: 'endDate', kind: 'date', help: 'Datum, nicht vor dem Beginn.', example: '' },
    ],
  },
  'area-figures': {
    type: 'area-figures',
    entity: 'areaFigure',
    resource: 'area-figures',
    labelField: 'label',
    naturalKey: ['socialSpaceId', 'year', 'key'],
    columns: [
      { header: 'Sozialraum', field: 'socialSpaceId', kind: 'ref', ref: 'socialSpace', required: true, help: 'Name oder Kennung des Sozialraums.', example: 'Hammer Norden' },
      { header: 'Jahr', field: 'year', kind: 'integer', required: true, help: 'Das Jahr, für das die Kennziffer gilt.', example: 2026 },
      { header: 'Kennziffer', field: 'key', kind: 'enum', values: FIGURE_DE, required: true, help: 'Eine der Standardkennziffern (Bezeichnung oder Kennung) oder eine eigene Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. alleinerziehende.', example: 'Einwohnerinnen und Einwohner' },
      { header: 'Bezeichnung', field: 'label', kind: 'text', help: 'Ohne Angabe bei Standardkennziffern deren Bezeichnung.', example: '' },
      { header: 'Wert', field: 'value', kind: 'number', required: true, help: 'Zahl, Dezimalkomma erlaubt.', example: 21480 },
      { header: 'Einheit', field: 'unit', kind: 'text', required: true, help: 'z. B. Personen oder %.', example: 'Personen' },
      { header: 'Quelle', field: 'source', kind: 'text', required: true, help: 'Woher die Zahl stammt.', example: 'Statistikstelle der Stadt Hamm, Stand 31.12.2025' },
    ],
  },
  measurements: {
    type: 'measurements',
    entity: 'measurement',
    resource: 'measurements',
    labelField: 'period',
    naturalKey: ['indicatorId', 'socialSpaceId', 'period'],
    periodColumns: { field: 'period', valueField: 'value' },
    columns: [
      { header: 'Kennzahl', field: 'indicatorId', kind: 'ref', ref: 'indicator', required: true, help: 'Name oder Kennung der Kennzahl.', example: 'Wartezeit auf einen Beratungstermin' },
      { header: 'Sozialraum', field: 'socialSpaceId', kind: 'ref', ref: 'socialSpace', required: true, help: 'Name oder Kennung des Sozialraums.', example: 'Hammer Norden' },
      { header: 'Quelle', field: 'dataSource', kind: 'text', help: 'Woher die Werte stammen (für alle Werte der Zeile).', example: 'Terminstatistik der Beratungsstellen' },
    ],
  },
  councils: {
    type: 'councils',
    entity: 'council',
    resource: 'councils',
    labelField: 'name',
    naturalKey: ['districtId'],
    columns: [
      { header: 'Stadtbezirk', field: 'districtId', kind: 'ref', ref: 'district', required: true, help: 'Name oder Kennung des Stadtbezirks. Jeder Stadtbezirk hat eine Bezirksvertretung; über ihn findet ein zweiter Import sie wieder.', example: 'Hamm-Heessen' },
      { header: 'Name', field: 'name', kind: 'text', help: 'Nur für eine neue Bezirksvertretung nötig.', example: 'Bezirksvertretung Hamm-Heessen' },
      {
        header: 'Sitzungstermine',
        field: 'sessions',
        kind: 'sessions',
        help: 'Die Termine aus dem Sitzungskalender: Datum, wahlweise Uhrzeit und Ort, z. B. „Do, 14.01.2027 17:00 Uhr Bezirksrathaus“. Mehrere Termine durch Semikolon oder Zeilenumbruch trennen. Die Termine eines Jahres ersetzen die gespeicherten Termine desselben Jahres (ein verlegter Termin verschwindet so von seinem alten Tag); Termine anderer Jahre und die Notizen zu einem Termin bleiben.',
        example: '14.01.2027 17:00 Bezirksrathaus; 11.02.2027 17:00 Bezirksrathaus',
      },
      { header: 'Straße', field: 'office.address.street', kind: 'text', help: 'Anschrift des Bezirksbüros: Straße und Hausnummer.', example: 'Beispielstraße 1' },
      { header: 'PLZ', field: 'office.address.postalCode', kind: 'postalCode', help: 'Fünfstellige Postleitzahl.', example: '59073' },
      { header: 'Ort', field: 'office.address.city', kind: 'text', help: 'Ohne Angabe: der Ort Ihrer Kommune.', example: '' },
      { header: 'E-Mail', field: 'office.email', kind: 'email', help: 'E-Mail-Adresse des Bezirksbüros.', example: 'bezirksbuero@example.org' },
      { header: 'Telefon', field: 'office.phone', kind: 'text', help: 'Telefonnummer des Bezirksbüros.', example: '02381 12345' },
      { header: 'Website', field: 'office.website', kind: 'text', help: 'Vollständige Adresse mit https://.', example: '' },
      { header: 'Empfänger des Bezirksberichts', field: 'recipients', kind: 'emailList', help: `E-Mail-Adressen, an die der Bezirksbericht vor jeder Sitzung geht (Bezirksbüro, Vorsitz), höchstens 20; sie ersetzen die gespeicherten. ${LIST_HELP}`, example: 'bezirksbuero@example.org' },
      { header: 'Tage vor der Sitzung', field: 'reportDaysBefore', kind: 'integer', help: 'So viele Tage vor einer Sitzung geht der Bezirksbericht hinaus: 1 bis 60. Ohne Angabe bei einer neuen Bezirksvertretung: 7.', example: 7 },
    ],
  },
};

/** The explanation of a measurement grid's period columns (template and preview). */
export const PERIOD_COLUMN_HELP =
  'Jede weitere Spalte ist ein Zeitraum: 2026-10 (Monat), 2026-Q3 (Quartal) oder 2026 (Jahr), passend zur Erhebung der Kennzahl. Die Zelle enthält den Wert; leere Zellen werden übergangen.';
export const PERIOD_EXAMPLES = ['2026-09', '2026-10'];

/** Empty cells never change a stored value: a second import with fewer columns loses nothing. */
export const EMPTY_CELL_HELP = 'Leere Zellen lassen gespeicherte Werte unverändert.';
