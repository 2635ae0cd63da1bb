/**
 * Key figure (Kennziffer) of a social space for a year: population, shares of age groups and of
 * people with migration history, the SGB II rate, or a further figure an admin defines. Each
 * carries its source. One record per space, year and figure.
 */
import * as z from 'zod';
import { entitySchemas, Figure, Id, NonEmpty } from './common.ts';

/** The figures every space has; admins may add others with their own key (a slug). */
export const STANDARD_FIGURES = ['population', 'share-under-18', 'share-over-65', 'share-migration', 'sgb2-rate'] as const;

export const areaFigure = entitySchemas({
  socialSpaceId: Id,
  year: z.number().int().min(2000).max(2100),
  key: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen'),
  label: NonEmpty(200),
  value: Figure,
  unit: NonEmpty(40),
  source: NonEmpty(500),
});
export type AreaFigure = z.infer<typeof areaFigure.entity>;
