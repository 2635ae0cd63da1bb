/** An indicator's time series per social space, with the target and baseline of each period's year. */
export interface SeriesInput {
  measurements: { socialSpaceId: string; period: string; value: number }[];
  targets: { socialSpaceId: string; year: number; target: number; baseline?: number }[];
  socialSpaceIds: string[];
}

export function buildSeries({ measurements, targets, socialSpaceIds }: SeriesInput) {
  return socialSpaceIds.map((socialSpaceId) => {
    const periods = [...new Set(measurements.filter((m) => m.socialSpaceId === socialSpaceId).map((m) => m.period))].sort();
    const points = periods.map((period) => {
      const m = measurements.find((x) => x.socialSpaceId === socialSpaceId && x.period === period);
      const t = targets.find((x) => x.socialSpaceId === socialSpaceId && x.year === Number(period.slice(0, 4)));
      return { period, value: m?.value ?? null, target: t?.target ?? null, baseline: t?.baseline ?? null };
    });
    return { socialSpaceId, points };
  });
}
