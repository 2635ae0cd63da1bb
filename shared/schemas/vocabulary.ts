/**
 * The themes and target groups of the tenant in scope. Each municipality keeps its own lists in its
 * registry entry (`themes`, `targetGroups`); an entry without them has the shared ones (./values.ts).
 * No zod: every function and the admin load this.
 *
 * Whoever knows the tenant registers where its lists come from: the server from the tenant scope
 * (shared/tenancy/scope.ts), the admin from the signed-in tenant (admin/src/authProvider.ts). Until
 * then, the shared lists hold. The schemas (./common.ts) check a theme or target group against these.
 */
import { TARGET_GROUPS, THEMES } from './values.ts';

export type TargetGroupCode = (typeof TARGET_GROUPS)[number];

export interface Vocabulary {
  themes: readonly string[];
  targetGroups: readonly TargetGroupCode[];
}

/** How long a theme's name may be, and how many themes a tenant may have. */
export const THEME_MAX_LENGTH = 60;
export const MAX_THEMES = 40;

/** A tenant's lists from its registry entry, facts or public face: the shared lists where it names none (the one place they default). */
export function vocabularyOf(holder: { themes?: readonly string[]; targetGroups?: readonly string[] } | null | undefined): Vocabulary {
  return { themes: holder?.themes ?? THEMES, targetGroups: (holder?.targetGroups ?? TARGET_GROUPS) as readonly TargetGroupCode[] };
}

let source: () => Vocabulary = () => vocabularyOf(undefined);

/** Where the tenant in scope's lists come from (registered once, at load). */
export function vocabularyFrom(fn: () => Vocabulary): void {
  source = fn;
}

export const tenantThemes = (): readonly string[] => source().themes;
export const tenantTargetGroups = (): readonly TargetGroupCode[] => source().targetGroups;

/**
 * The town an address lies in where none is given: the tenant's own, from its name ("Stadt Hamm" →
 * "Hamm", "Musterstadt (fiktiv)" → "Musterstadt"). Registered like the lists; until then the first
 * tenant's.
 */
export const cityOf = (municipality: string): string =>
  municipality.replace(/^(Große Kreisstadt|Kreisstadt|Hansestadt|Stadt|Gemeinde|Markt)\s+/, '').replace(/\s*\([^)]*\)\s*$/, '').trim() || municipality;

let municipality: () => string | undefined = () => undefined;

export function municipalityFrom(fn: () => string | undefined): void {
  municipality = fn;
}

export const tenantCity = (): string => cityOf(municipality() ?? 'Stadt Hamm');
