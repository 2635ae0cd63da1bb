/**
 * Whether a resident's answers fit the survey's questions, with a German reason per question: a
 * choice among the options, several of them, a step of the scale, a short text; required ones given.
 */
import type { Survey } from '../schemas/survey.ts';
import { SCALE, TEXT_ANSWER_MAX } from '../schemas/values.ts';

export interface AnswerError { questionId: string; detail: string }

export function checkAnswers(survey: Pick<Survey, 'questions'>, answers: Record<string, unknown>): AnswerError[] {
  const errors: AnswerError[] = [];
  const known = new Set(survey.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) errors.push({ questionId: id, detail: 'Diese Frage gibt es in der Umfrage nicht.' });
  for (const q of survey.questions) {
    const a = answers[q.id];
    const empty = a === undefined || a === '' || (Array.isArray(a) && a.length === 0);
    if (empty) {
      if (q.required) errors.push({ questionId: q.id, detail: 'Bitte beantworten Sie diese Frage.' });
      continue;
    }
    const fail = (detail: string) => errors.push({ questionId: q.id, detail });
    if (q.kind === 'single' && !(typeof a === 'string' && q.options.includes(a))) fail('Bitte wählen Sie eine der Antworten.');
    if (q.kind === 'multiple' && !(Array.isArray(a) && a.every((x) => q.options.includes(x)) && new Set(a).size === a.length)) fail('Bitte wählen Sie nur aus den angebotenen Antworten.');
    if (q.kind === 'scale' && !(typeof a === 'number' && (SCALE as readonly number[]).includes(a))) fail('Bitte wählen Sie einen Wert von 1 bis 5.');
    if (q.kind === 'text' && !(typeof a === 'string' && a.trim().length <= TEXT_ANSWER_MAX)) fail(`Bitte antworten Sie in höchstens ${TEXT_ANSWER_MAX} Zeichen.`);
  }
  return errors;
}
