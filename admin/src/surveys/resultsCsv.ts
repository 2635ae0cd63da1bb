/**
 * The export of a survey's results: what the public would see (small counts hidden by the rules in
 * shared/domain/smallCounts.ts, no free texts) as a `;`-separated file (shared/format/csv.ts).
 * Staff read every count on the page; a file travels further, so it gets the published form.
 */
import { WITHHELD } from '../../../shared/domain/smallCounts';
import { publishedQuestion, publishedResponses } from '../../../shared/domain/surveyResults';
import { csvRows } from '../../../shared/format/csv';
import type { SurveyResults } from '../../../shared/schemas/survey';

/** The results as published: as the server's suppressed form (shared/domain/surveyResults.ts), from the staff's counts. */
export function publishedResults(results: SurveyResults): SurveyResults {
  if (results.suppressed) return results;
  const questions = results.questions.map(({ texts: _texts, ...q }) => {
    // Staff's results carry every count as a number.
    const raw = q.counts.map((c) => (typeof c.count === 'number' ? c.count : 0));
    const shown = publishedQuestion(q.kind, raw, typeof q.answered === 'number' ? q.answered : 0);
    return { ...q, answered: shown.answered, counts: q.counts.map((c, i) => ({ option: c.option, count: shown.counts[i] })) };
  });
  return { ...results, suppressed: true, responses: publishedResponses(typeof results.responses === 'number' ? results.responses : 0, questions), questions };
}

/** The words of the file, in the user's language. */
export interface CsvWords {
  header: [id: string, question: string, kind: string, answered: string, option: string, count: string];
  total: string;
  kind: (kind: string) => string;
  /** What a hidden count reads as ("weniger als 5"). */
  fewerThan: string;
  /** What a withheld count reads as ("nicht ausgewiesen"). */
  withheld: string;
}

/** One row per answer to choose from (a text question: one row without), each with its question's answered count; first the total. */
export function resultsCsv(results: SurveyResults, words: CsvWords): string {
  const shown = publishedResults(results);
  const n = (count: number | null | typeof WITHHELD) => (count === null ? words.fewerThan : count === WITHHELD ? words.withheld : count);
  const rows: unknown[][] = [words.header, ['', words.total, '', n(shown.responses), '', '']];
  for (const q of shown.questions) {
    const lead = [q.id, q.prompt, words.kind(q.kind), n(q.answered)];
    if (!q.counts.length) rows.push([...lead, '', '']);
    for (const c of q.counts) rows.push([...lead, c.option, n(c.count)]);
  }
  return csvRows(rows);
}

export const resultsFileName = (surveyId: string) => `umfrage-${surveyId}-ergebnisse`;
