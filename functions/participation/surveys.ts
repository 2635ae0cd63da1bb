/**
 * Surveys: staff write them (generic CRUD, questions frozen once answered), residents answer while
 * they are open, everyone reads the results of a closed survey whose author allowed it, with small
 * counts hidden; staff read every count and the texts.
 * Access patterns: 1, 3 (a space's surveys; a survey's responses), 5 and 28 (each answer's challenge
 * and the client's day, as for ideas).
 */
import { isDeepStrictEqual } from 'node:util';
import { submissionItems } from '../../shared/db/publicSubmissions.ts';
import { entities, type Item } from '../../shared/entities.ts';
import { checkAnswers } from '../../shared/domain/surveyAnswers.ts';
import { isOpen, resultsPublic, surveyResults } from '../../shared/domain/surveyResults.ts';
import type { PublicSurveyView, Survey, SurveyResponse } from '../../shared/schemas/survey.ts';
import { berlinToday, dateLabel } from '../../shared/time/months.ts';
import { crudImpls } from '../http/crud.ts';
import { placesWithinSpaces } from '../http/integrity.ts';
import { pageReply, parseListParams } from '../http/listing.ts';
import { HttpProblem, problems } from '../http/problem.ts';
import type { Call, Impl } from '../http/types.ts';
import { acceptSubmission, refuseReusedChallenge } from './abuse.ts';

const def = entities.survey;
const today = (call: Call) => berlinToday(call.deps.now());
/** A Berlin calendar day in German words (noon, so no time zone moves it). */
const germanDate = (day: string) => dateLabel(`${day}T12:00:00Z`);

function publicView(s: Survey, day: string): PublicSurveyView {
  return {
    id: s.id, socialSpaceId: s.socialSpaceId, ...(s.quarterId ? { quarterId: s.quarterId } : {}), title: s.title, ...(s.intro ? { intro: s.intro } : {}),
    questions: s.questions, opensOn: s.opensOn, closesOn: s.closesOn, open: isOpen(s, day), resultsPublic: resultsPublic(s, day),
  };
}

async function publishedSurvey(call: Call): Promise<Survey> {
  const s = await call.deps.repo.find(def, call.params.id);
  if (!s || s.status !== 'published') throw problems.notFound(`No published survey '${call.params.id}'`);
  return s;
}

const responsesOf = (call: Call, surveyId: string) => call.deps.repo.listAll<SurveyResponse>(entities.surveyResponse, { parentId: surveyId });

/** 409 when answered questions would change: the answers given so far would no longer mean what they meant. */
const questionsFrozen = (call: Call, stored: Item) => {
  if ((stored.responses ?? 0) > 0 && call.body && !isDeepStrictEqual(call.body.questions, stored.questions))
    throw new HttpProblem(409, 'Conflict', `Survey '${stored.id}' has ${stored.responses} responses; its questions cannot change`, {
      type: 'https://hamm.example/problems/survey-answered',
      errors: [{ pointer: '/body/questions', detail: 'Die Umfrage wurde schon beantwortet: Die Fragen lassen sich nicht mehr ändern.' }],
    });
};

export const surveyImpls: Record<string, Impl> = {
  ...crudImpls(def, {
    validate: placesWithinSpaces,
    protect: questionsFrozen,
    derive: async (call) => (call.current ? {} : { responses: 0 }),
  }),

  getSurveyResults: async (call) => ({ body: surveyResults(call.current as Survey, await responsesOf(call, call.params.id), { suppress: false }) }),

  listPublicSurveys: async (call) => {
    const { range } = parseListParams({ range: call.query.range });
    const day = today(call);
    const shown = (await call.deps.repo.listAll<Survey>(def, { parentId: call.query.socialSpaceId }))
      .filter((s) => isOpen(s, day) || resultsPublic(s, day))
      .sort((a, b) => b.opensOn.localeCompare(a.opensOn) || a.title.localeCompare(b.title, 'de'));
    return pageReply('surveys', shown.map((s) => publicView(s, day)), range);
  },

  getPublicSurvey: async (call) => ({ body: publicView(await publishedSurvey(call), today(call)) }),

  answerSurvey: async (call) => {
    const s = await publishedSurvey(call);
    if (!isOpen(s, today(call)))
      throw new HttpProblem(409, 'Conflict', `Survey '${s.id}' is open from ${s.opensOn} to ${s.closesOn}`, {
        type: 'https://hamm.example/problems/survey-closed',
        errors: [{ pointer: '/body', detail: `Diese Umfrage ist vom ${germanDate(s.opensOn)} bis zum ${germanDate(s.closesOn)} geöffnet.` }],
      });
    const wrong = checkAnswers(s, call.body.answers);
    if (wrong.length) throw problems.badRequest('Some answers do not fit their questions', wrong.map((e) => ({ pointer: `/body/answers/${e.questionId}`, detail: e.detail })));
    const submission = await acceptSubmission(call);
    await call.deps.repo
      .create(entities.surveyResponse, { surveyId: s.id, socialSpaceId: s.socialSpaceId, answers: call.body.answers }, {
        actor: 'anonymous',
        ...submissionItems(call.deps.repo, submission),
        counters: [{ type: 'survey', id: s.id, field: 'responses', delta: 1, refusal: 'the survey changed' }],
      })
      .catch(refuseReusedChallenge);
    return { status: 201, body: { received: true } };
  },

  getPublicSurveyResults: async (call) => {
    const s = await publishedSurvey(call);
    if (!resultsPublic(s, today(call))) throw problems.notFound('The results of this survey are not public (yet)');
    return { body: surveyResults(s, await responsesOf(call, s.id), { suppress: true }) };
  },
};
