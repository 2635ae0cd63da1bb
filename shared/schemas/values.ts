/**
 * The value lists some enums are built from, without zod: code that only needs the values (the
 * finder's choices, HSDS taxonomies, the boundary levels, the work plan's confirming roles) reads them here, so that loading it builds
 * no schema. The zod enums in ./common.ts and ./boundary.ts are made from these lists.
 */
import areas from '../data/hamm-areas.json' with { type: 'json' };
import type { EntityType } from '../entities.ts';

/** The target groups (codes: rules such as prevention's depend on them) and themes (German names) every tenant starts with; a tenant's own lists: ./vocabulary.ts. */
export const TARGET_GROUPS = ['children', 'youth', 'parents', 'families', 'seniors', 'migrants', 'people-with-disabilities', 'unemployed', 'everyone'] as const;
export const THEMES = areas.themes as [string, ...string[]];
/**
 * The spatial levels a tenant may have, from the largest down, as entity types. Every tenant has
 * social spaces (the unit the work is planned in) and quarters; districts and planning areas are
 * there where the municipality uses them. A tenant names its levels (shared/schemas/tenant.ts).
 */
export const SPATIAL_LEVELS = ['district', 'socialSpace', 'planningArea', 'quarter'] as const;
export const REQUIRED_LEVELS: readonly (typeof SPATIAL_LEVELS)[number][] = ['socialSpace', 'quarter'];
export const BOUNDARY_LEVELS = ['districts', 'social-spaces', 'quarters'] as const;
/** The entity type whose records each boundary level's features are matched to. */
export const AREA_TYPE: Record<(typeof BOUNDARY_LEVELS)[number], EntityType> = { districts: 'district', 'social-spaces': 'socialSpace', quarters: 'quarter' };
/** A quarter must lie within its social space by at least this share of its area. */
export const QUARTER_WITHIN_SHARE = 0.95;
/** Who must confirm a draft work plan before it is agreed. */
export const CONFIRMING_ROLES = ['coordination', 'neighbourhood-management'] as const;
/** The roles residents meet as contact persons of their social space (issue 33), in the order a page lists them. */
export const CONTACT_ROLES = ['neighbourhood-management', 'coordination', 'prevention'] as const;
/** The four steps of participation, in order: Information, Ansprache, Einbeziehung, Aktivierung. */
export const PARTICIPATION_STAGES = ['information', 'outreach', 'involvement', 'activation'] as const;
/** The stages that count as residents taking part themselves (metric `activation-share`). */
export const ACTIVE_STAGES: readonly (typeof PARTICIPATION_STAGES)[number][] = ['involvement', 'activation'];
/** The report settings are one record, under this id. */
export const REPORT_SETTINGS_ID = 'default';
/** The Open Referral HSDS version this API publishes at /v1/hsds. */
export const HSDS_VERSION = '3.0';
/**
 * Where a resident's idea stands, in order: eingegangen → in Prüfung → aufgenommen (as a need or
 * measure) → umgesetzt, or nicht umsetzbar. The last two close it (retention counts from then).
 */
export const IDEA_STATUSES = ['received', 'in-review', 'taken-up', 'done', 'not-feasible'] as const;
export const CLOSED_IDEA_STATUSES: readonly (typeof IDEA_STATUSES)[number][] = ['done', 'not-feasible'];
/** Moderation: nothing a resident writes is public before staff release it. */
export const MODERATION_STATES = ['pending', 'released', 'rejected'] as const;
/** A survey scale's steps: 1 (gar nicht) … 5 (sehr); and how long a free-text answer may be. */
export const SCALE = [1, 2, 3, 4, 5] as const;
export const TEXT_ANSWER_MAX = 500;
