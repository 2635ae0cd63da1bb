/**
 * German labels that the report e-mail and the admin UI both show, written once. The admin's
 * catalogue (admin/src/i18n/appDe.ts) takes them from here; the report renders them directly.
 */
import type { Status } from '../domain/scorecard.ts';
import type { ReminderKind, Role } from '../schemas/user.ts';
import type { Frequency, IndicatorSource, Metric } from '../schemas/indicator.ts';
import type { TargetGroup } from '../schemas/common.ts';
import type { IDEA_STATUSES, MODERATION_STATES, SPATIAL_LEVELS } from '../schemas/values.ts';

/** The traffic-light colours of a status (report e-mail, dashboard, map). */
export const STATUS_COLOUR: Record<Status, string> = { 'on-track': '#2e7d32', 'at-risk': '#f9a825', 'off-track': '#c62828', missing: '#9e9e9e', 'no-target': '#bdbdbd' };

export const STATUS_DE: Record<Status, string> = { 'on-track': 'im Plan', 'at-risk': 'gefährdet', 'off-track': 'nicht im Plan', missing: 'fehlt', 'no-target': 'ohne Ziel' };

export const ROLE_DE: Record<Role, string> = {
  admin: 'Administration',
  leadership: 'Leitung',
  coordination: 'Stadtteilkoordination',
  'neighbourhood-management': 'Stadtteilarbeit / Quartiersmanagement',
  prevention: 'Präventionskoordination',
};

export const FREQUENCY_DE: Record<Frequency, string> = { monthly: 'monatlich', quarterly: 'vierteljährlich', yearly: 'jährlich' };

export const TARGET_GROUP_DE: Record<TargetGroup, string> = {
  children: 'Kinder', youth: 'Jugendliche', parents: 'Eltern', families: 'Familien', seniors: 'Ältere Menschen', migrants: 'Zugewanderte',
  'people-with-disabilities': 'Menschen mit Behinderung', unemployed: 'Arbeitsuchende', everyone: 'Alle',
};

/** Enum labels the admin and the spreadsheet import (shared/import) both use: a template names them, a cell may hold them. */
/** The spatial levels under their usual names (a tenant names its own; these are where it starts). */
export const SPATIAL_LEVEL_DE: Record<(typeof SPATIAL_LEVELS)[number], string> = { district: 'Stadtbezirk', socialSpace: 'Sozialraum', planningArea: 'Planungsraum', quarter: 'Quartier' };

export const OFFER_KIND_DE = { 'meeting-point': 'Treffpunkt', counselling: 'Beratung', course: 'Kurs', event: 'Veranstaltung', other: 'Sonstiges' } as const;
export const OFFER_STATUS_DE = { draft: 'Entwurf', published: 'Veröffentlicht', paused: 'Pausiert', ended: 'Beendet' } as const;
/** Where a need and a measure stand (the district report; the admin's catalogue has the same words). */
export const NEED_STATUS_DE = { open: 'offen', addressed: 'in Arbeit', closed: 'erledigt' } as const;
export const MEASURE_STATUS_DE = { planned: 'geplant', running: 'läuft', done: 'erledigt', dropped: 'verworfen' } as const;
export const ORGANISATION_KIND_DE = { public: 'Öffentlich', 'free-welfare': 'Freie Wohlfahrtspflege', association: 'Verein', political: 'Politik (Bezirksvertretung, Fraktion)', other: 'Sonstige' } as const;
export const NETWORK_KIND_DE = { 'working-group': 'Arbeitskreis', committee: 'Gremium', network: 'Netzwerk', 'district-conference': 'Stadtteilkonferenz', 'round-table': 'Runder Tisch' } as const;
export const CADENCE_DE = { monthly: 'monatlich', quarterly: 'vierteljährlich', 'half-yearly': 'halbjährlich', 'as-needed': 'nach Bedarf' } as const;
export const NETWORK_STATUS_DE = { active: 'aktiv', dormant: 'ruht', ended: 'beendet' } as const;
export const FIGURE_DE = { population: 'Einwohnerinnen und Einwohner', 'share-under-18': 'Anteil unter 18 Jahren', 'share-over-65': 'Anteil über 65 Jahren', 'share-migration': 'Anteil mit Migrationsgeschichte', 'sgb2-rate': 'SGB-II-Quote' } as const;

/** Where a value comes from, as the report and the admin mark it. */
export const SOURCE_DE: Record<IndicatorSource, string> = { manual: 'erfasst', computed: 'berechnet', partner: 'von Trägern gemeldet' };

/** Where an indicator has no target for the year. */
export const NO_TARGET_DE = 'kein Zielwert';

/** What stands in place of a value not there yet for its period, by where it would come from (never a blank or a dash). */
export const PENDING_DE: Record<IndicatorSource, string> = { manual: 'noch nicht erfasst', computed: 'noch nicht berechnet', partner: 'noch nicht gemeldet' };

export const REMINDER_DE: Record<ReminderKind, string> = {
  'missing-values': 'Fehlende Werte vor dem Zielbericht',
  'stale-offers': 'Angebote, die lange nicht geprüft wurden',
  agreements: 'Fällige Vereinbarungen aus Sitzungen',
  reviews: 'Anstehende Überprüfungen des Arbeitsplans',
};

/** Where a resident's idea stands: its public status page, the finder and the admin show the same words. */
export const IDEA_STATUS_DE: Record<(typeof IDEA_STATUSES)[number], string> = {
  received: 'eingegangen',
  'in-review': 'in Prüfung',
  'taken-up': 'aufgenommen',
  done: 'umgesetzt',
  'not-feasible': 'nicht umsetzbar',
};
export const MODERATION_DE: Record<(typeof MODERATION_STATES)[number], string> = { pending: 'wartet auf Freigabe', released: 'freigegeben', rejected: 'nicht veröffentlicht' };

/** What each computed indicator is computed from (the admin's indicator form; the report's room lines). */
export const METRIC_DE: Record<Metric, string> = {
  'meetings-held': 'Netzwerktreffen im Sozialraum', 'active-partners': 'Aktive Netzwerkpartner (12 Monate)', 'network-density': 'Dichte der Zusammenarbeit (12 Monate)',
  participants: 'Teilnehmende an Aktivitäten', volunteers: 'Ehrenamtliche bei Aktivitäten', 'activation-share': 'Anteil Einbeziehung und Aktivierung',
  'offers-current': 'Anteil aktuell geprüfter Angebote (6 Monate)', 'offers-published': 'Veröffentlichte Angebote', 'unmet-searches': 'Suchen ohne Ergebnis',
  'ideas-received': 'Eingegangene Anliegen', 'ideas-answered-14d': 'Anteil der Anliegen mit Antwort binnen 14 Tagen', 'ideas-taken-up': 'In die Arbeit aufgenommene Anliegen',
  'quarters-heard': 'Quartiere, aus denen Anliegen kamen (12 Monate)',
  'survey-responses': 'Antworten auf Umfragen', 'sign-ups': 'Bestätigte Anmeldungen (Personen)', attendance: 'Erschienene Angemeldete (Personen)',
  'room-hours-groups': 'Raumstunden von Bewohner- und Selbsthilfegruppen', 'room-hours-partners': 'Raumstunden von Partnerorganisationen',
  'room-opening-hours-used': 'Anteil der Öffnungsstunden, in denen Räume genutzt werden', 'room-requests-answered-3wd': 'Anteil der Raumanfragen mit Antwort binnen 3 Werktagen',
  'room-groups': 'Gruppen, die Räume der Zentren nutzen',
};

/** What a suppressed small count reads as (shared/domain/smallCounts.ts). */
export const FEWER_THAN_DE = (n: number) => `weniger als ${n}`;
/** A count withheld so that a small one cannot be worked out from the total (shared/domain/smallCounts.ts). */
export const WITHHELD_DE = 'nicht ausgewiesen';

/** The German states by feiertagejs's codes, which select the public holidays: a tenant's Bundesland (THE list). */
export const STATE_DE = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
} as const;
