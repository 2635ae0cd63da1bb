/**
 * Measurement (Messwert): the value of one indicator in one social space for one period.
 * The period's form follows the indicator's frequency: `2026-10`, `2026-Q3` or `2026`.
 */
import * as z from 'zod';
import { entitySchemas, Figure, Id } from './common.ts';
import { PERIOD_PATTERNS, periodMatchesFrequency } from '../time/months.ts';
import { IndicatorSource } from './indicator.ts';

export const Period = z
  .string()
  .refine((p) => Object.values(PERIOD_PATTERNS).some((re) => re.test(p)), 'Zeitraum wie 2026-10, 2026-Q3 oder 2026')
  .meta({ pattern: '^\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$' });

export const measurement = entitySchemas(
  {
    indicatorId: Id,
    socialSpaceId: Id,
    period: Period,
    value: Figure,
    note: z.string().max(1000).optional(),
    /** Where the figure was taken from (e.g. "Teilnahmelisten"). */
    dataSource: z.string().max(500).optional(),
    /**
     * For a rate or share: the counts it was computed from (the metric job sets them; a clerk may enter
     * them), so that one computed from a count under 5 is never published. Without a denominator, a
     * rate per 1,000 of its numerator.
     */
    basis: z.strictObject({ numerator: z.number().int().min(0), denominator: z.number().int().min(0).optional() }).optional(),
  },
  {
    /** Entered by a clerk (`manual`) or written by the metric job (`computed`); set by the server. */
    readonly: { source: IndicatorSource },
  },
);
export type Measurement = z.infer<typeof measurement.entity>;

export { periodMatchesFrequency };
