/**
 * A tenant: one municipality that the operator runs the system for. Kept in the operator's
 * registry (pattern P1, shared/db/platformStore.ts), outside every tenant's own keys: the public
 * routes find a tenant by the host a request came to, and the scheduled jobs go round all of them.
 */
import * as z from 'zod';
import { Email, IsoDateTime, NonEmpty, TargetGroupCode, ThemeName } from './common.ts';
import { MAX_THEMES } from './vocabulary.ts';
import { TENANT_ID } from '../tenancy/tenant.ts';
import { REQUIRED_LEVELS, SPATIAL_LEVELS } from './values.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { contrastRatio, MIN_CONTRAST } from '../format/contrast.ts';
import { SPATIAL_LEVEL_DE, STATE_DE } from '../format/labels.ts';

/** The German states (codes and names in shared/format/labels.ts). */
export type State = keyof typeof STATE_DE;
export const STATES = Object.keys(STATE_DE) as [State, ...State[]];

/** A colour as `#rrggbb`. */
const Colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'Farbe im Format #rrggbb');

export { contrastRatio };

/** How the tenant's public pages and admin look: its name, logo and colours (text on brand colour readable). */
export const Look = z
  .strictObject({
    title: NonEmpty(100),
    logoUrl: z.url().optional(),
    brandColour: Colour,
    textOnBrand: Colour,
  })
  .refine((l) => contrastRatio(l.brandColour, l.textOnBrand) >= MIN_CONTRAST, { message: 'Text und Markenfarbe brauchen einen Kontrast von mindestens 4,5 : 1', path: ['textOnBrand'] });

/** One level of the tenant's spatial hierarchy, from the largest down (Hamm: Bezirk / Sozialraum / Quartier), under the tenant's own name. */
export const SpatialLevel = z.strictObject({ key: z.enum(SPATIAL_LEVELS), label: NonEmpty(60) });

/** The tenant's levels: each at most once, largest first, social spaces and quarters always among them. */
export const SpatialLevels = z
  .array(SpatialLevel)
  .min(REQUIRED_LEVELS.length)
  .max(SPATIAL_LEVELS.length)
  .superRefine((levels, ctx) => {
    const ranks = levels.map((l) => SPATIAL_LEVELS.indexOf(l.key));
    ranks.forEach((r, i) => {
      if (i > 0 && r <= ranks[i - 1]!) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `Jede Ebene einmal, von der größten zur kleinsten: ${SPATIAL_LEVELS.map((k) => SPATIAL_LEVEL_DE[k]).join(', ')}` });
    });
    for (const key of REQUIRED_LEVELS)
      if (!levels.some((l) => l.key === key)) ctx.addIssue({ code: 'custom', path: [], message: `Die Ebene ${SPATIAL_LEVEL_DE[key]} gehört immer dazu (unter eigenem Namen)` });
  });

/** A list whose entries appear once (themes regardless of case): each repeat is a field error of its own. */
const once = <T extends z.ZodType<string>>(item: T, what: string) =>
  z.array(item).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((v, i) => {
      const key = v.toLocaleLowerCase('de');
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `${what} doppelt: ${v}` });
      seen.add(key);
    });
  });

/**
 * The tenant's own themes (German names) and target groups (codes), in the order its pages show
 * them. Absent in an entry written before tenants had their own lists: then the shared lists hold
 * (shared/schemas/vocabulary.ts, `vocabularyOf`).
 */
export const TenantThemes = once(ThemeName, 'Thema').min(1).max(MAX_THEMES);
export const TenantTargetGroups = once(TargetGroupCode, 'Zielgruppe').min(1);

export const tenant = z.strictObject({
  id: z.string().regex(TENANT_ID),
  name: NonEmpty(120),
  state: z.enum(STATES),
  timeZone: z.literal('Europe/Berlin'),
  status: z.enum(['active', 'suspended']),
  /** The public addresses whose requests are this tenant's (`angebote.example-stadt.de`, `musterstadt.localhost`). */
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).max(10),
  levels: SpatialLevels,
  languages: z.array(z.enum(LANGUAGE_CODES as [string, ...string[]])).min(1),
  look: Look,
  themes: TenantThemes.optional(),
  targetGroups: TenantTargetGroups.optional(),
  createdAt: IsoDateTime,
  /** 0: not in the registry yet (an installation from before tenants); the first save writes it. */
  version: z.number().int().nonnegative(),
});
export type Tenant = z.infer<typeof tenant>;

/**
 * What a tenant's admin changes for their own tenant (PUT /v1/tenant); hosts and status are the
 * operator's. Report recipients are the tenant's report settings (`/v1/report-settings/default`), not here.
 * Themes and target groups left out stay as they are.
 */
export const TenantSettings = tenant.pick({ name: true, state: true, levels: true, languages: true, look: true, themes: true, targetGroups: true, version: true });

/** A new tenant, as the operator creates it (POST /v1/operator/tenants). Its admin fills in the rest. */
export const TenantCreate = z.strictObject({
  id: z.string().regex(TENANT_ID, 'Kleinbuchstaben, Ziffern und Bindestriche, 2 bis 31 Zeichen').refine((v) => v !== 'platform', 'Diese Kennung ist vergeben'),
  name: NonEmpty(120),
  state: z.enum(STATES),
  hosts: tenant.shape.hosts.default([]),
  /** The tenant's first admin: gets an account and the invitation. */
  adminEmail: Email,
  adminName: NonEmpty(120),
});

/** What the operator changes on a tenant (PUT /v1/operator/tenants/{id}): suspend or resume, and its public addresses. */
export const TenantOperation = tenant.pick({ status: true, hosts: true, version: true });

/** A tenant's use in one month, as the operator sees it: never a record of the tenant. */
export const TenantUsage = z.object({
  month: z.string(),
  requests: z.number().int(),
  mails: z.number().int(),
  /** From the last daily census of the table. */
  items: z.number().int().optional(),
  bytes: z.number().int().optional(),
  countedAt: IsoDateTime.optional(),
});

/** A registry entry with this month's usage (the operator's list). */
export const TenantWithUsage = tenant.extend({ usage: TenantUsage.optional() });

/** How a tenant presents itself to the public (GET /v1/public/tenant): no hosts, no recipients. */
export const PublicTenant = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  brandColour: z.string(),
  textOnBrand: z.string(),
  logoUrl: z.string().optional(),
  languages: z.array(z.string()),
  levels: z.array(SpatialLevel),
  themes: z.array(z.string()),
  targetGroups: z.array(TargetGroupCode),
});
export type TenantUsage = z.infer<typeof TenantUsage>;
