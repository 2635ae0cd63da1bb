/**
 * Choices of a question's kind and a survey's status, from the survey schema's enums; their words
 * come from the catalogue. A survey's two statuses read as an offer's do (app.enum.status).
 */
import { QuestionKind, SurveyStatus } from '../../../shared/schemas/survey';

const choices = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `app.enum.${prefix}.${id}` }));
export const questionKindChoices = choices('questionKind', QuestionKind.options);
export const surveyStatusChoices = choices('status', SurveyStatus.options);
