/**
 * A survey's results from its responses, pure: counts per option and scale step, the free texts for
 * staff, and the published form, in which small counts are hidden (./smallCounts.ts).
 */
import type { Question, Survey, SurveyResponse, SurveyResults } from '../schemas/survey.ts';
import { SCALE } from '../schemas/values.ts';
import { published, publishedLine, WITHHELD, type PublishedPart } from './smallCounts.ts';

const optionsOf = (q: Question) => (q.kind === 'scale' ? SCALE.map(String) : q.options);

export function surveyResults(survey: Survey, responses: SurveyResponse[], opts: { suppress: boolean }): SurveyResults {
  const questions = survey.questions.map((q) => {
    const given = responses.map((r) => r.answers[q.id]).filter((a) => a !== undefined && a !== '' && !(Array.isArray(a) && !a.length));
    const raw = optionsOf(q).map((option) => given.filter((a) => (Array.isArray(a) ? a.includes(option) : String(a) === option)).length);
    const shown = opts.suppress ? publishedQuestion(q.kind, raw, given.length) : { counts: raw, answered: given.length };
    return {
      id: q.id, kind: q.kind, prompt: q.prompt,
      answered: shown.answered,
      counts: q.kind === 'text' ? [] : optionsOf(q).map((option, i) => ({ option, count: shown.counts[i] })),
      ...(q.kind === 'text' && !opts.suppress ? { texts: given.map(String) } : {}),
    };
  });
  return { surveyId: survey.id, title: survey.title, responses: opts.suppress ? publishedResponses(responses.length, questions) : responses.length, suppressed: opts.suppress, questions };
}

/**
 * One question's counts and answered total as published, by the one rule (./smallCounts.ts): a single
 * choice and a scale add up to the answered count, a line with its total; a multiple choice does not.
 */
export function publishedQuestion(kind: Question['kind'], raw: number[], answered: number): { counts: PublishedPart[]; answered: PublishedPart } {
  if (kind === 'multiple' || kind === 'text') return { counts: raw.map(published), answered: published(answered) };
  const line = publishedLine(raw);
  return { counts: line.parts, answered: line.total };
}

/** The number of responses as published: withheld where a question's withheld total could be read from it. */
export function publishedResponses(count: number, questions: { answered: PublishedPart | number }[]): PublishedPart {
  return questions.some((q) => q.answered === WITHHELD) ? WITHHELD : published(count);
}

/** Whether residents may answer on `day` (a Berlin date): published and between its first and last day. */
export const isOpen = (s: Pick<Survey, 'status' | 'opensOn' | 'closesOn'>, day: string) => s.status === 'published' && s.opensOn <= day && day <= s.closesOn;

/** Whether everyone may see the results on `day`: closed, and the author allowed it. */
export const resultsPublic = (s: Pick<Survey, 'status' | 'closesOn' | 'publishResults'>, day: string) => s.status === 'published' && s.publishResults && s.closesOn < day;
