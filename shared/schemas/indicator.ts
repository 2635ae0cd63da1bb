/** Indicator (Kennzahl): a measurable indicator of one goal, measured per social space. */
import * as z from 'zod';
import { PERIOD_PATTERNS, type Frequency as FrequencyName } from '../time/months.ts';
import { entitySchemas, Figure, Id, NonEmpty, Theme } from './common.ts';
import { ParticipationStage } from './activity.ts';
import { Role } from './user.ts';

export const Direction = z.enum(['higher-is-better', 'lower-is-better']);
/** The frequencies are the keys of the period formats (shared/time/months.ts). */
export const Frequency = z.enum(Object.keys(PERIOD_PATTERNS) as [FrequencyName, ...FrequencyName[]]);
export type Frequency = FrequencyName;

/**
 * Where an indicator's values come from: entered by clerks, computed by the system from the records
 * it holds (a metric of the catalogue), or handed in by partner organisations (the sum of their
 * contributions per social space and period).
 */
export const IndicatorSource = z.enum(['manual', 'computed', 'partner']);
export type IndicatorSource = z.infer<typeof IndicatorSource>;

/** The metric catalogue (computed in shared/metrics/catalogue.ts, per social space and period). */
export const Metric = z.enum(['meetings-held', 'active-partners', 'network-density', 'participants', 'volunteers', 'activation-share', 'offers-current', 'offers-published', 'unmet-searches', 'ideas-received', 'ideas-answered-14d', 'ideas-taken-up', 'quarters-heard', 'survey-responses', 'sign-ups', 'attendance', 'room-hours-groups', 'room-hours-partners', 'room-opening-hours-used', 'room-requests-answered-3wd', 'room-groups']);
export type Metric = z.infer<typeof Metric>;
/** The options each metric takes (`metricOptions`). */
export const METRIC_OPTIONS: Record<Metric, ('stage' | 'theme')[]> = {
  'meetings-held': [],
  'active-partners': [],
  'network-density': [],
  participants: ['stage'],
  volunteers: ['stage'],
  'activation-share': [],
  'offers-current': [],
  'offers-published': ['theme'],
  'unmet-searches': [],
  'ideas-received': [],
  'ideas-answered-14d': [],
  'ideas-taken-up': [],
  'quarters-heard': [],
  'survey-responses': [],
  'sign-ups': [],
  attendance: [],
  'room-hours-groups': [],
  'room-hours-partners': [],
  'room-opening-hours-used': [],
  'room-requests-answered-3wd': [],
  'room-groups': [],
};

/** What a computed value may be normalised by (per 1,000 of them), from the key figures of the space. */
/**
 * What an indicator's values are, for publishing them: a `count` of people or things (under 5 never
 * published), a `share` or rate computed from counts (published only with the counts behind it, see
 * shared/domain/smallCounts.ts), or any other `measure` (an index, a density). Without a value the
 * kind follows from the metric (shared/domain/publishedResults.ts), else counts: the careful default.
 */
export const ValueKind = z.enum(['count', 'share', 'measure']);
export type ValueKind = z.infer<typeof ValueKind>;

export const PerThousandOf = z.enum(['population', 'children', 'seniors']);

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
    valueKind: ValueKind.optional(),
    source: IndicatorSource.default('manual'),
    /** For `source: computed`: what computes the values. */
    metric: Metric.optional(),
    /** For `source: partner`: which organisations report, for which social spaces. */
    reporters: z
      .array(z.strictObject({ organisationId: Id, socialSpaceIds: z.array(Id).min(1).max(9) }))
      .max(100)
      .optional(),
    metricOptions: z
      .strictObject({
        stage: ParticipationStage.optional(),
        theme: Theme.optional(),
        /** Per 1,000 inhabitants, children (under 18) or older people (over 65), from the space's key figures. */
        per1000: PerThousandOf.optional(),
      })
      .optional(),
  },
  {
    check: (i, ctx) => {
      if (i.source === 'computed' && !i.metric) ctx.addIssue({ code: 'custom', path: ['metric'], message: 'Berechnete Kennzahlen brauchen eine Berechnungsgrundlage' });
      if (i.source !== 'computed' && i.metric) ctx.addIssue({ code: 'custom', path: ['metric'], message: 'Nur berechnete Kennzahlen haben eine Berechnungsgrundlage' });
      if (i.source === 'partner' && !i.reporters?.length) ctx.addIssue({ code: 'custom', path: ['reporters'], message: 'Von Trägern gemeldete Kennzahlen brauchen mindestens einen meldenden Träger' });
      if (i.source !== 'partner' && i.reporters?.length) ctx.addIssue({ code: 'custom', path: ['reporters'], message: 'Nur von Trägern gemeldete Kennzahlen haben meldende Träger' });
      const orgs = (i.reporters ?? []).map((r: { organisationId: string }) => r.organisationId);
      if (new Set(orgs).size !== orgs.length) ctx.addIssue({ code: 'custom', path: ['reporters'], message: 'Ein Träger ist doppelt genannt' });
      for (const option of Object.keys(i.metricOptions ?? {}))
        if (option !== 'per1000' && (!i.metric || !METRIC_OPTIONS[i.metric as Metric].includes(option as 'stage')))
          ctx.addIssue({ code: 'custom', path: ['metricOptions', option], message: 'Diese Option gilt für die gewählte Berechnung nicht' });
      if (i.minValue !== undefined && i.maxValue !== undefined && i.minValue > i.maxValue)
        ctx.addIssue({ code: 'custom', path: ['maxValue'], message: 'Obergrenze liegt unter der Untergrenze' });
    },
  },
);
export type Indicator = z.infer<typeof indicator.entity>;
