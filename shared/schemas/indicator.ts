/** Indicator (Kennzahl): a measurable indicator of one goal, measured per social space. */
import { z } from 'zod';
import { PERIOD_PATTERNS, type Frequency as FrequencyName } from '../months.ts';
import { entitySchemas, Figure, Id, NonEmpty } from './common.ts';
import { Role } from './user.ts';

export const Direction = z.enum(['higher-is-better', 'lower-is-better']);
/** The frequencies are the keys of the period formats (shared/months.ts). */
export const Frequency = z.enum(Object.keys(PERIOD_PATTERNS) as [FrequencyName, ...FrequencyName[]]);
export type Frequency = FrequencyName;

export const indicator = entitySchemas(
  {
    goalId: Id,
    name: NonEmpty(200),
    unit: NonEmpty(40),
    direction: Direction,
    frequency: Frequency,
    description: z.string().max(2000).optional(),
    dataSource: z.string().max(500).optional(),
    /** Plausible bounds; measurements outside are refused. */
    minValue: Figure.optional(),
    maxValue: Figure.optional(),
    /** Who enters the measurements, named in the monthly report when values are missing. */
    responsibleRole: Role.default('coordination'),
  },
  {
    check: (i, ctx) => {
      if (i.minValue !== undefined && i.maxValue !== undefined && i.minValue > i.maxValue)
        ctx.addIssue({ code: 'custom', path: ['maxValue'], message: 'Obergrenze liegt unter der Untergrenze' });
    },
  },
);
export type Indicator = z.infer<typeof indicator.entity>;
