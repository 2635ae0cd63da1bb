/**
 * The value lists some enums are built from, without zod: code that only needs the values (the
 * finder's choices, HSDS taxonomies, the boundary levels) reads them here, so that loading it builds
 * no schema. The zod enums in ./common.ts and ./boundary.ts are made from these lists.
 */
import areas from '../data/hamm-areas.json' with { type: 'json' };

export const TARGET_GROUPS = ['children', 'youth', 'parents', 'families', 'seniors', 'migrants', 'people-with-disabilities', 'unemployed', 'everyone'] as const;
export const THEMES = areas.themes as [string, ...string[]];
export const BOUNDARY_LEVELS = ['districts', 'social-spaces', 'quarters'] as const;
/** The four steps of participation, in order: Information, Ansprache, Einbeziehung, Aktivierung. */
export const PARTICIPATION_STAGES = ['information', 'outreach', 'involvement', 'activation'] as const;
/** The stages that count as residents taking part themselves (metric `activation-share`). */
export const ACTIVE_STAGES: readonly (typeof PARTICIPATION_STAGES)[number][] = ['involvement', 'activation'];
/** The report settings are one record, under this id. */
export const REPORT_SETTINGS_ID = 'default';
/** The Open Referral HSDS version this API publishes at /v1/hsds. */
export const HSDS_VERSION = '3.0';
