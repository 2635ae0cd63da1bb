/**
 * A published indicator of a social space as every public path shows it (the area page, its
 * downloads, the district report): its measurements and targets in the space, suppressed by the one
 * small-count rule (shared/domain/publishedResults.ts), with its goal and linked projects.
 * Access patterns: 3 (measurements and targets of an indicator), 1 (the linked measures, batched).
 */
import type { Repository } from '../../shared/db/repository.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { publishedResult, valueKindOf } from '../../shared/domain/publishedResults.ts';
import type { AreaData } from './areaData.ts';

const API = '/v1/public';
/** A measure the public may see: marked public and not dropped. */
export const isPublicMeasure = (m: Item) => m.public === true && m.status !== 'dropped';
/** A work plan whose public measures the public may see: the year's, once past its draft (a plan still being agreed shows nothing). */
export const isPublicPlan = (p: Item, year: number) => p.year === year && !!p.status && p.status !== 'draft';
/** A goal as the public reads it: its number and title ("Ziel 1: Gleichberechtigte Teilhabe"). */
export const goalBrief = (g: Item) => ({ id: g.id, name: `Ziel ${g.number}: ${g.title}` });

/** An indicator's measurements (oldest period first) and targets in one social space: what every published path reads of it. */
export async function indicatorInSpace(repo: Repository, indicatorId: string, socialSpaceId: string) {
  const [measurements, targets] = await Promise.all([repo.listAll(entities.measurement, { parentId: indicatorId }), repo.listAll(entities.target, { parentId: indicatorId })]);
  const inSpace = (r: Item) => r.socialSpaceId === socialSpaceId;
  return { measurements: measurements.filter(inSpace).sort((a, b) => a.period.localeCompare(b.period)), targets: targets.filter(inSpace) };
}

export async function resultOf(repo: Repository, data: AreaData, publication: Item) {
  const indicator = data.indicators.get(publication.indicatorId);
  if (!indicator) return undefined;
  const [series, measures] = await Promise.all([indicatorInSpace(repo, indicator.id, publication.socialSpaceId), repo.batchGet(entities.measure, publication.measureIds ?? [])]);
  const result = publishedResult({ kind: valueKindOf(indicator), ...series });
  const goal = data.goals.get(indicator.goalId);
  return {
    id: publication.id,
    indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit, direction: indicator.direction, ...(indicator.description ? { description: indicator.description } : {}) },
    goal: goal ? goalBrief(goal) : { id: indicator.goalId, name: '' },
    ...result,
    ...(publication.interpretation ? { interpretation: publication.interpretation } : {}),
    // Only measures staff marked public (a measure made internal later drops off here too).
    projects: measures.filter(isPublicMeasure).map((m) => ({ id: m.id, title: m.title })),
    downloads: { csv: `${API}/results/${publication.id}/data.csv`, json: `${API}/results/${publication.id}/data.json` },
  };
}

