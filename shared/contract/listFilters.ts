/**
 * List filters with a meaning beyond "field equals value", per resource: how each matches a
 * record, and what value it takes (the OpenAPI document describes the filter parameter from it).
 */
import * as z from 'zod';
import { Id, TargetGroupCode, ThemeName, Weekday } from '../schemas/common.ts';
import { MONTH_PATTERN } from '../time/months.ts';
import { isStale } from '../domain/offerReview.ts';
import type { Item } from '../entities.ts';

export interface SpecialFilter {
  value: z.ZodType;
  matches: (record: Item, value: unknown, now: Date) => boolean;
}

const contains = (field: string, value: z.ZodType): SpecialFilter => ({
  value,
  matches: (r, v) => (Array.isArray(r[field]) ? r[field].includes(v) : r[field] === v),
});

/** Records dated in one month (`2026-11`), by their `date` field. */
const inMonth: SpecialFilter = { value: z.string().regex(MONTH_PATTERN), matches: (r, v) => typeof r.date === 'string' && r.date.startsWith(`${String(v)}-`) };

// Themes and target groups by any name or code, not only the tenant's current ones: a theme since
// removed from the list still finds the records that carry it.
export const SPECIAL_FILTERS: Record<string, Record<string, SpecialFilter>> = {
  networks: { socialSpaceId: contains('socialSpaceIds', Id), organisationId: contains('memberOrganisationIds', Id), theme: contains('themes', ThemeName) },
  meetings: { socialSpaceId: contains('socialSpaceIds', Id), organisationId: contains('organisationIds', Id), month: inMonth },
  activities: { organisationId: contains('organisationIds', Id), theme: contains('themes', ThemeName), month: inMonth },
  offers: {
    socialSpaceId: contains('socialSpaceIds', Id),
    theme: contains('themes', ThemeName),
    targetGroup: contains('targetGroups', TargetGroupCode),
    age: { value: z.number().int().min(0).max(120), matches: (r, v) => (r.minAge ?? 0) <= Number(v) && Number(v) <= (r.maxAge ?? 120) },
    stale: { value: z.boolean(), matches: (r, v, now) => isStale(r, now) === Boolean(v) },
    quarterId: contains('quarterIds', Id),
    language: contains('languages', z.string().regex(/^[a-z]{2}$/)),
    weekday: {
      value: Weekday,
      matches: (r, v) => (r.schedules ?? []).some((s: Item) => s.freq === 'DAILY' || (s.byday ?? []).includes(v)),
    },
    free: { value: z.boolean(), matches: (r, v) => (r.cost?.free ?? true) === Boolean(v) },
    wheelchair: { value: z.boolean(), matches: (r, v) => (r.accessibility?.wheelchair ?? false) === Boolean(v) },
  },
};
