/**
 * The co-attendance graph of a social space's networks: organisations are nodes, two organisations
 * are joined when they were present at the same meeting. Its density is goal 2's "functioning
 * networks" figure; the metric job and the admin's network graph both compute it here.
 */
export interface MeetingAttendance {
  organisationIds?: string[];
}

export interface CoAttendance {
  nodes: { id: string; meetings: number }[];
  edges: { source: string; target: string; meetings: number }[];
  /** Share of organisation pairs that met at least once, in percent, one decimal; null below two organisations. */
  density: number | null;
}

export function coAttendance(meetings: MeetingAttendance[]): CoAttendance {
  const attended = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const m of meetings) {
    const present = [...new Set(m.organisationIds ?? [])].sort();
    for (const id of present) attended.set(id, (attended.get(id) ?? 0) + 1);
    for (let i = 0; i < present.length; i++)
      for (let j = i + 1; j < present.length; j++) {
        const key = `${present[i]}\u0000${present[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
  }
  const n = attended.size;
  const possible = (n * (n - 1)) / 2;
  return {
    nodes: [...attended].sort(([a], [b]) => a.localeCompare(b)).map(([id, meetings]) => ({ id, meetings })),
    edges: [...pairs].sort(([a], [b]) => a.localeCompare(b)).map(([key, meetings]) => {
      const [source, target] = key.split('\u0000');
      return { source, target, meetings };
    }),
    density: possible ? Math.round((pairs.size / possible) * 1000) / 10 : null,
  };
}
