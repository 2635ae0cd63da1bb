/**
 * The published results as open data: each published indicator of a social space as CSV and JSON
 * (shared/format/openData.ts, through the one small-count rule), and the DCAT-AP.de catalogue of
 * them (shared/format/dcat.ts) for the open-data portal to harvest, under the licence dl-de/by-2-0.
 * An unpublished indicator has neither a file nor an entry: the publications are the only source.
 * Access patterns: those of functions/published/areaData.ts; 3 (measurements and targets of an indicator).
 */
import type { Repository } from '../../shared/db/repository.ts';
import type { Item } from '../../shared/entities.ts';
import { publishedValue, targetFor, valueKindOf } from '../../shared/domain/publishedResults.ts';
import { dcatCatalogue, LICENCE_DL_DE_BY_2_0 } from '../../shared/format/dcat.ts';
import { openDataCsv, openDataJson, type OpenDataInput } from '../../shared/format/openData.ts';
import { tenantFacts } from '../../shared/tenancy/scope.ts';
import { monthRange, monthsOfPeriod } from '../../shared/time/months.ts';
import { problems } from '../http/problem.ts';
import type { Call, Impl } from '../http/types.ts';
import { areaData, type AreaData } from '../published/areaData.ts';
import { goalBrief, indicatorInSpace } from '../published/results.ts';
import { publicCatalogue } from './catalogue.ts';
import { origin } from './origin.ts';

/** A published indicator's whole series in its social space, as the download formats take it. */
async function inputOf(repo: Repository, data: AreaData, publication: Item, spaceName: string): Promise<OpenDataInput & { periods: string[] }> {
  const indicator = data.indicators.get(publication.indicatorId)!;
  const { measurements: series, targets } = await indicatorInSpace(repo, indicator.id, publication.socialSpaceId);
  const target = targetFor(series.at(-1)?.period, targets);
  const goal = data.goals.get(indicator.goalId);
  const kind = valueKindOf(indicator);
  return {
    indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit, goalName: goal ? goalBrief(goal).name : '' },
    socialSpace: { id: publication.socialSpaceId, name: spaceName },
    isCount: kind === 'count',
    ...(target?.baseline !== undefined ? { baseline: target.baseline } : {}),
    ...(target ? { target: target.target } : {}),
    // Each value by the one rule, a share or rate with its basis; the format then only words them.
    series: series.map((m) => ({ period: m.period, value: publishedValue(kind, m) })),
    periods: series.map((m) => m.period),
  };
}

/** The publication a download names, with its data, or 404: an unpublished indicator has no file. */
async function published(call: Call) {
  const now = call.deps.now();
  const [data, catalogue] = await Promise.all([areaData(call.deps.repo, now.getTime()), publicCatalogue(call.deps.repo, now)]);
  const publication = data.publications.find((p) => p.id === call.params.id);
  if (!publication || !data.indicators.has(publication.indicatorId)) throw problems.notFound(`No published result '${call.params.id}'`);
  const space = catalogue.socialSpaces.find((s) => s.id === publication.socialSpaceId);
  return inputOf(call.deps.repo, data, publication, space?.name ?? publication.socialSpaceId);
}

const fileName = (input: OpenDataInput, ext: string) => `${input.socialSpace.id}-${input.indicator.id}.${ext}`;
const FREQUENCY = { monthly: 'monthly', quarterly: 'quarterly', yearly: 'annual' } as const;

export const openDataImpls: Record<string, Impl> = {
  getPublishedResultCsv: async (call) => {
    const input = await published(call);
    return { text: openDataCsv(input), headers: { 'Content-Disposition': `attachment; filename="${fileName(input, 'csv')}"` } };
  },
  getPublishedResultJson: async (call) => {
    const input = await published(call);
    return { body: openDataJson(input, { licence: LICENCE_DL_DE_BY_2_0, attribution: tenantFacts().name }), headers: { 'Content-Disposition': `inline; filename="${fileName(input, 'json')}"` } };
  },
  getOpenDataCatalog: async (call) => {
    const now = call.deps.now();
    const [data, catalogue] = await Promise.all([areaData(call.deps.repo, now.getTime()), publicCatalogue(call.deps.repo, now)]);
    const base = origin(call);
    const spaceName = new Map(catalogue.socialSpaces.map((s) => [s.id, s.name]));
    const facts = tenantFacts();
    const datasets = await Promise.all(
      data.publications
        .filter((p) => data.indicators.has(p.indicatorId))
        .map(async (p) => {
          const indicator = data.indicators.get(p.indicatorId)!;
          const input = await inputOf(call.deps.repo, data, p, spaceName.get(p.socialSpaceId) ?? p.socialSpaceId);
          const first = input.periods[0] ? monthsOfPeriod(input.periods[0])[0] : undefined;
          const last = input.periods.at(-1) ? monthsOfPeriod(input.periods.at(-1)!).at(-1) : undefined;
          return {
            id: p.id,
            title: `${indicator.name} – ${input.socialSpace.name}`,
            description: [indicator.description, p.interpretation, `${input.indicator.goalName}. Einheit: ${indicator.unit}. Werte unter 5 werden als „weniger als 5“ ausgewiesen.`].filter(Boolean).join(' '),
            keywords: [indicator.name, input.socialSpace.name, 'Stadtteilarbeit', 'Sozialraum'],
            modified: p.updatedAt ?? p.createdAt,
            issued: p.createdAt,
            spatial: { name: input.socialSpace.name },
            temporal: { start: first ? monthRange(first).start.toISOString().slice(0, 10) : now.toISOString().slice(0, 10), end: last ? new Date(monthRange(last).end.getTime() - 1).toISOString().slice(0, 10) : now.toISOString().slice(0, 10) },
            accrualPeriodicity: FREQUENCY[indicator.frequency as keyof typeof FREQUENCY] ?? 'monthly',
            distributions: [
              { format: 'CSV' as const, url: `${base}/v1/public/results/${p.id}/data.csv`, mediaType: 'text/csv' },
              { format: 'JSON' as const, url: `${base}/v1/public/results/${p.id}/data.json`, mediaType: 'application/json' },
            ],
            landingPage: `${base}/angebote/?seite=sozialraum&id=${encodeURIComponent(p.socialSpaceId)}`,
          };
        }),
    );
    return {
      text: JSON.stringify(
        dcatCatalogue({
          catalogue: {
            title: `Ergebnisse der Stadtteilarbeit – ${facts.name}`,
            description: `Veröffentlichte Kennzahlen der Stadtteilarbeit je Sozialraum (${facts.title}), mit Ausgangs- und Zielwerten; kleine Fallzahlen unter 5 werden nicht ausgewiesen.`,
            homepage: `${base}/angebote/`,
            publisher: { name: facts.name },
            modified: datasets.map((d) => d.modified).sort().at(-1) ?? now.toISOString(),
            language: 'de',
            spatial: { name: facts.name },
          },
          datasets,
          baseUrl: base,
        }),
      ),
    };
  },
};
