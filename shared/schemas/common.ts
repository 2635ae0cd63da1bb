/**
 * Building blocks shared by every entity schema. zod is the single source of truth:
 * API validation, admin forms and the OpenAPI document are derived from these shapes.
 */
import * as z from 'zod';
import de from 'zod/v4/locales/de.js';
import areas from '../data/hamm-areas.json' with { type: 'json' };
import { TARGET_GROUPS } from './values.ts';
import { tenantCity, tenantTargetGroups, tenantThemes, THEME_MAX_LENGTH } from './vocabulary.ts';
import { TARGET_GROUP_DE } from '../format/labels.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';

// Field messages reach clerks through the German UI.
z.config(de());

/** Ids are server-generated ULIDs, or readable slugs for seeded master data (e.g. `norden`). */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Ungültige Kennung');
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Uhrzeit im Format HH:MM');
/**
 * The one e-mail rule, in and out: a plain address whose domain labels do not start or end
 * with a hyphen (zod's default pattern accepts `a@b-.de`, which OpenAPI's `email` format refuses).
 * Stored lower-cased.
 */
export const Email = z
  .email({ pattern: /^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/ })
  .max(254)
  .overwrite((e) => e.toLowerCase());
/**
 * A figure (measurement, target, bound): finite and within ±1e12, far beyond any count or rate
 * the city keeps, and well inside what DynamoDB stores (it refuses magnitudes over 1e125).
 */
export const FIGURE_LIMIT = 1e12;
export const Figure = z.number().min(-FIGURE_LIMIT).max(FIGURE_LIMIT);
export const NonEmpty = (max = 200) => z.string().trim().min(1).max(max);

/** Server-owned fields every stored entity carries. */
export const metaShape = {
  id: Id,
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  createdBy: z.string(),
  updatedBy: z.string(),
};

/**
 * A record's id in the list it came from (a spreadsheet, another directory): unique per type, so a
 * second import of the same file finds the same record instead of creating it again.
 */
export const ExternalId = z.string().trim().min(1).max(100);

export const Contact = z.strictObject({
  name: z.string().max(200).optional(),
  email: Email.optional(),
  phone: z.string().max(50).optional(),
  website: z.url().optional(),
});

export const Address = z.strictObject({
  street: NonEmpty(200),
  postalCode: z.string().regex(/^\d{5}$/, 'Postleitzahl mit 5 Ziffern'),
  /** Without one: the tenant's own town (`tenantCity`). */
  city: NonEmpty(100).default(() => tenantCity()),
});

/** A stored photo (shared/media/photoStore.ts): the hash of its bytes, never a name someone chose. */
export const PhotoKey = z.string().regex(/^[a-f0-9]{64}\.jpg$/, 'Unbekanntes Foto');

export const Geo = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

export const ScheduleFreq = z.enum(['WEEKLY', 'MONTHLY', 'DAILY', 'ONCE']);
export const Weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

/** One opening/meeting slot, RFC 5545 style (FREQ, INTERVAL, BYDAY) with local opens/closes. */
export const Schedule = z
  .strictObject({
    freq: ScheduleFreq,
    interval: z.number().int().min(1).max(52).optional(),
    byday: z.array(Weekday).max(7).optional(),
    opens: Time,
    closes: Time,
    dtstart: IsoDate.optional(),
    until: IsoDate.optional(),
    description: z.string().max(200).optional(),
  })
  .refine((s) => s.opens < s.closes, { message: 'Ende muss nach Beginn liegen', path: ['closes'] });

/** A theme's name as a tenant's list holds it, and as stored records keep it (a theme since removed from the list included). */
export const ThemeName = z.string().trim().min(1, { abort: true }).max(THEME_MAX_LENGTH, { abort: true });
/**
 * A theme of the tenant in scope: each municipality names its own (shared/schemas/vocabulary.ts), so
 * this is checked when a request is read, not fixed in the document.
 */
export const Theme = ThemeName.refine((t) => tenantThemes().includes(t), { error: (issue) => `Kein Thema dieser Kommune: ${String(issue.input)}` }).meta({
  description: "One of the tenant's themes (German names), as GET /v1/public/areas lists them",
});
/** A language of the public pages, as `?lang=` carries it (shared/i18n/languages.json). */
export const LanguageCode = z.enum(LANGUAGE_CODES as [string, ...string[]]);
export const Programme = z.enum(areas.programmes as [string, ...string[]]);
/** Any target group's code, as stored records and derived fields keep it. */
export const TargetGroupCode = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof TargetGroupCode>;
/** A target group of the tenant in scope (its list: shared/schemas/vocabulary.ts). */
export const TargetGroup = TargetGroupCode.refine((g) => tenantTargetGroups().includes(g), {
  error: (issue) => `Keine Zielgruppe dieser Kommune: ${TARGET_GROUP_DE[issue.input as TargetGroup] ?? String(issue.input)}`,
}).meta({ description: "One of the tenant's target groups, as GET /v1/public/areas lists them" });

/**
 * Assembles the three shapes each entity needs from one field list:
 * `input` for POST, `update` for PUT (whole record incl. `version`; server-owned fields are
 * accepted so react-admin can send the record back, and ignored), `entity` for responses.
 * `check` holds cross-field rules applied to all three.
 */
export function entitySchemas<S extends z.ZodRawShape, R extends z.ZodRawShape = {}>(
  shape: S,
  opts: { check?: (v: z.output<z.ZodObject<S>>, ctx: z.RefinementCtx) => void; readonly?: R } = {},
) {
  const check = opts.check ?? (() => {});
  const readonly = (opts.readonly ?? {}) as R;
  const input = z.strictObject(shape).superRefine(check);
  const metaOptional = Object.fromEntries(
    Object.entries({ ...metaShape, ...readonly }).map(([k, v]) => [k, (v as z.ZodType).optional()]),
  );
  const update = z
    .strictObject({ ...shape, ...metaOptional, version: metaShape.version })
    // The update has the input's fields and the meta ones; TS cannot see that through the spread.
    .superRefine(check as (v: unknown, ctx: z.RefinementCtx) => void);
  const entity = z.object({ ...shape, ...metaShape, ...readonly });
  /** Fields only the server writes; a PUT keeps their stored values. */
  const serverOwned = Object.keys(readonly);
  return { input, update, entity, serverOwned, shape };
}
