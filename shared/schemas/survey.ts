/**
 * Survey (Umfrage): a few questions that neighbourhood management or coordination put to the
 * residents of a social space or quarter, open between two days; answered without an account from
 * the finder. Results are public after closing only when the author allows it, and then every count
 * under 5 reads "weniger als 5" (shared/domain/smallCounts.ts); free-text answers are never public.
 */
import * as z from 'zod';
import { entitySchemas, Id, IsoDate, NonEmpty } from './common.ts';

export const QuestionKind = z.enum(['single', 'multiple', 'scale', 'text']);
import { SCALE, TEXT_ANSWER_MAX } from './values.ts';
export { SCALE, TEXT_ANSWER_MAX };

export const Question = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Kleinbuchstaben, Ziffern und Bindestriche'),
  kind: QuestionKind,
  prompt: NonEmpty(300),
  options: z.array(NonEmpty(120)).max(12).default([]),
  required: z.boolean().default(false),
});
export type Question = z.infer<typeof Question>;

export const SurveyStatus = z.enum(['draft', 'published']);

export const survey = entitySchemas(
  {
    socialSpaceId: Id,
    quarterId: Id.optional(),
    title: NonEmpty(200),
    intro: z.string().max(2000).optional(),
    questions: z.array(Question).min(1).max(30),
    opensOn: IsoDate,
    closesOn: IsoDate,
    /** Results shown to everyone after closing (small counts suppressed). */
    publishResults: z.boolean().default(false),
    status: SurveyStatus.default('draft'),
  },
  {
    check: (s, ctx) => {
      if (s.closesOn < s.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'Das Ende liegt vor dem Beginn' });
      const ids = new Set<string>();
      s.questions.forEach((q, i) => {
        if (ids.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: 'Diese Kennung gibt es schon' });
        ids.add(q.id);
        const choice = q.kind === 'single' || q.kind === 'multiple';
        if (choice && q.options.length < 2) ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'Mindestens zwei Antworten zur Auswahl' });
        if (!choice && q.options.length) ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'Nur Auswahlfragen haben Antworten zur Auswahl' });
      });
    },
    readonly: {
      /** How many residents answered (kept by the server with each response). */
      responses: z.number().int().min(0),
    },
  },
);
export type Survey = z.infer<typeof survey.entity>;

/**
 * One resident's answers: a choice, several, a step of the scale, or a short text, by question id.
 * Only the outer bounds here; whether each answer fits its question (and the text's 500 characters)
 * is checked against the survey, with a German reason per question (shared/domain/surveyAnswers.ts).
 */
export const Answers = z.record(z.string().max(40), z.union([z.string().max(4 * TEXT_ANSWER_MAX), z.array(z.string().max(120)).max(12), z.number()]));

export const surveyResponse = entitySchemas({
  surveyId: Id,
  /** The survey's, so the response is judged and listed where its survey is. */
  socialSpaceId: Id,
  answers: Answers,
});
export type SurveyResponse = z.infer<typeof surveyResponse.entity>;

/** One question's results: counts per option (or scale step), and for staff the texts. `null` is "fewer than 5". */
export const QuestionResult = z.object({
  id: z.string(),
  kind: QuestionKind,
  prompt: z.string(),
  /** As a count below: the total of a single choice or scale is withheld where it would reveal a hidden count. */
  answered: z.union([z.number().int(), z.null(), z.literal('withheld')]),
  /** `null`: fewer than 5; `withheld`: not small, but a small count could be worked out from it. */
  counts: z.array(z.object({ option: z.string(), count: z.union([z.number().int(), z.null(), z.literal('withheld')]) })),
  texts: z.array(z.string()).optional(),
});
export const SurveyResults = z.object({
  surveyId: Id,
  title: z.string(),
  /** Withheld where a question's withheld total could be read from it (all answered that question). */
  responses: z.union([z.number().int(), z.null(), z.literal('withheld')]),
  /** Whether counts under 5 are hidden (public and export) or shown (staff). */
  suppressed: z.boolean(),
  questions: z.array(QuestionResult),
});
export type SurveyResults = z.infer<typeof SurveyResults>;

/** What residents see of a survey. */
export const PublicSurveyView = z.object({
  id: Id, socialSpaceId: Id, quarterId: Id.optional(), title: z.string(), intro: z.string().optional(), questions: z.array(Question),
  opensOn: IsoDate, closesOn: IsoDate, open: z.boolean(), resultsPublic: z.boolean(),
});
export type PublicSurveyView = z.infer<typeof PublicSurveyView>;
