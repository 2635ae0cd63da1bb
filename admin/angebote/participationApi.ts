/**
 * The participation routes of the public API as the finder calls them
 * (shared/contract/routes/participation.ts): ideas, surveys, activities and sign-ups, and the proof of
 * work a submission carries. Loaded with the participation pages only, so altcha-lib never weighs on
 * the search page.
 */
import { solveChallenge, type Challenge, type Solution } from 'altcha-lib';
import { useEffect, useRef } from 'preact/hooks';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import type * as z from 'zod';
import type { IdeaReceipt, IdeaStatusView, IdeaSubmission, PublicActivityView, RoomRequestBody, RoomRequestView as RoomRequestViewSchema, SignUpBody, SignUpView } from '../../shared/contract/routes/participation';
import type { PublicIdeaView } from '../../shared/schemas/idea';
import type { PublicSurveyView, SurveyResults } from '../../shared/schemas/survey';
import { api, getJson } from './core';

export type Submission = Omit<z.input<typeof IdeaSubmission>, 'altcha'>;
export type StatusView = z.infer<typeof IdeaStatusView>;
export type PublicIdea = PublicIdeaView;
export type FieldError = { pointer: string; detail: string };
export type PublicSurvey = PublicSurveyView;
export type PublicResults = SurveyResults;
export type PublicActivity = z.infer<typeof PublicActivityView>;
/** A sign-up as its link shows it: its status, the people it stands for, and the activity. */
export type OwnSignUp = z.infer<typeof SignUpView>;
export type SignUpFields = Omit<z.input<typeof SignUpBody>, 'altcha'>;
/** One resident's answers by question id: the option, the options, the step of the scale, or the text. */
export type SurveyAnswers = Record<string, string | string[] | number>;

/** A refused request: its status and the texts the server wrote for the person (problem+json `errors`). */
export class Refused extends Error {
  constructor(readonly status: number, readonly errors: FieldError[]) {
    super(`HTTP ${status}`);
  }
}

async function send<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(api(path), {
    method, signal, cache: 'no-store',
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (res.ok) return res.json();
  const problem = await res.json().catch(() => ({}));
  const errors = Array.isArray(problem?.errors) ? problem.errors.filter((e: any) => typeof e?.pointer === 'string' && typeof e?.detail === 'string') : [];
  throw new Refused(res.status, errors);
}

// ---------- the proof of work (ALTCHA v2) ----------

type Proof = { challenge: Challenge; solution: Solution };
type Pending = { promise: Promise<Proof>; ready: boolean; controller: AbortController };

/**
 * The server refuses a challenge younger than 3 seconds (people take longer than robots). Counting
 * from when it arrived here, a little over that is always enough, so a quick form waits instead of
 * being refused.
 */
const MIN_AGE_MS = 3_200;
/** A challenge lives 30 minutes; one that has less than this left is replaced before sending. */
const LIFE_MS = 30 * 60_000;
const SPARE_MS = 60_000;
/** When each proof's challenge arrived (elapsed time, not the wall clock: the server's clock decides expiry). */
const arrivals = new WeakMap<Proof, number>();

function start(): Pending {
  const controller = new AbortController();
  const pending: Pending = { ready: false, controller, promise: Promise.resolve() as never };
  pending.promise = (async () => {
    const challenge = await send<Challenge>('GET', '/public/challenge', undefined, controller.signal);
    const arrived = performance.now();
    const solution = await solveChallenge({ challenge, deriveKey, controller });
    if (!solution) throw new Error('The challenge was not solved');
    const wait = arrived + MIN_AGE_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.ready = true;
    const proof = { challenge, solution };
    arrivals.set(proof, arrived);
    return proof;
  })();
  pending.promise.catch(() => undefined); // a failure is dealt with when the proof is taken
  return pending;
}

const usable = (proof: Proof) => performance.now() - (arrivals.get(proof) ?? 0) < LIFE_MS - SPARE_MS;

/** One solved challenge at a time, started when the form appears, so it is done by the time someone sends. */
export class ProofOfWork {
  private pending?: Pending;
  /** Drops the current challenge (used, or refused) and starts on a fresh one. */
  renew() {
    this.pending?.controller.abort();
    this.pending = start();
  }
  get ready() {
    return this.pending?.ready ?? false;
  }
  /** The solved challenge; one more try with a fresh one when this one failed or is about to expire. */
  async take(): Promise<Proof> {
    if (!this.pending) this.renew();
    const proof = await this.pending!.promise.catch(() => undefined);
    if (proof && usable(proof)) return proof;
    this.renew();
    return this.pending!.promise;
  }
  stop() {
    this.pending?.controller.abort();
    this.pending = undefined;
  }
  /**
   * After a refused submission: the server checks the fields before it uses the challenge, so a 400
   * about the fields leaves it good; anything else (or a 400 about the challenge) needs a fresh one.
   */
  afterRefusal(refused: Refused | undefined) {
    if (refused?.status !== 400 || refused.errors.some((x) => x.pointer.startsWith('/body/altcha'))) this.renew();
  }
}

/** A form's proof of work: started when the form appears, so it is solved by the time someone sends; stopped when it goes. */
export function useProofOfWork(): ProofOfWork {
  const pow = useRef(new ProofOfWork());
  useEffect(() => {
    pow.current.renew();
    return () => pow.current.stop();
  }, []);
  return pow.current;
}

// ---------- the routes ----------

export const submitIdea = (body: Submission, altcha: Proof) => send<z.infer<typeof IdeaReceipt>>('POST', '/public/ideas', { ...body, altcha });

export async function releasedIdeas(socialSpaceId: string): Promise<{ ideas: PublicIdea[]; total: number }> {
  const { body, total } = await getJson(`/public/ideas?${new URLSearchParams({ socialSpaceId, range: '[0,19]' })}`);
  return { ideas: body ?? [], total };
}

export const ideaStatus = (key: string) => send<StatusView>('GET', `/public/idea-status/${encodeURIComponent(key)}`);
export const deleteContact = (key: string) => send<StatusView>('DELETE', `/public/idea-status/${encodeURIComponent(key)}/contact`);
export const addMeToo = (id: string) => send<{ meToo: number; counted: boolean }>('POST', `/public/ideas/${encodeURIComponent(id)}/me-too`, { device: deviceId() });

export async function listedSurveys(socialSpaceId: string): Promise<{ surveys: PublicSurvey[]; total: number }> {
  const { body, total } = await getJson(`/public/surveys?${new URLSearchParams({ socialSpaceId, range: '[0,19]' })}`);
  return { surveys: body ?? [], total };
}
/** One published survey; undefined when there is none of this id (404). */
export const publicSurvey = async (id: string): Promise<PublicSurvey | undefined> => (await getJson(`/public/surveys/${encodeURIComponent(id)}`)).body;
export const answerSurvey = (id: string, answers: SurveyAnswers, website: string, altcha: Proof) =>
  send<{ received: boolean }>('POST', `/public/surveys/${encodeURIComponent(id)}/responses`, { answers, website, altcha });
/** A closed survey's public results; undefined when they are not public (404). */
export const publicResults = async (id: string): Promise<PublicResults | undefined> => (await getJson(`/public/surveys/${encodeURIComponent(id)}/results`)).body;

/** The activities of one social space open for sign-up, from today on, soonest first. */
export async function openActivities(socialSpaceId: string): Promise<{ activities: PublicActivity[]; total: number }> {
  const { body, total } = await getJson(`/public/activities?${new URLSearchParams({ socialSpaceId, range: '[0,19]' })}`);
  return { activities: body ?? [], total };
}
/** One activity open for sign-up, with the places left now (never from a cache); Refused 404 when there is none. */
export const publicActivity = (id: string) => send<PublicActivity>('GET', `/public/activities/${encodeURIComponent(id)}`);
/** The activity as an iCalendar file, for a link ("In meinen Kalender"). */
export const activityCalendarUrl = (id: string) => api(`/public/activities/${encodeURIComponent(id)}/calendar.ics`);
export const signUpFor = (id: string, body: SignUpFields, altcha: Proof) =>
  send<{ status: OwnSignUp['status'] }>('POST', `/public/activities/${encodeURIComponent(id)}/sign-ups`, { ...body, altcha });

const signUpPath = (key: string) => `/public/sign-ups/${encodeURIComponent(key)}`;
export const ownSignUp = (key: string) => send<OwnSignUp>('GET', signUpPath(key));
export const confirmSignUp = (key: string) => send<OwnSignUp>('POST', `${signUpPath(key)}/confirm`);
export const cancelSignUp = (key: string) => send<OwnSignUp>('POST', `${signUpPath(key)}/cancel`);
/** Cancels too, and removes the name and e-mail address given. */
export const deleteSignUpData = (key: string) => send<OwnSignUp>('DELETE', signUpPath(key));

// ---------- rooms (issue 34) ----------

/** The kinds of booker a resident may ask as (partners ask with their key, staff in the admin). */
export const PUBLIC_BOOKER_KINDS = ['residents-group', 'self-help-group', 'private', 'commercial'] as const;
export const ROOM_NEEDS = ['step-free', 'accessible-toilet', 'hearing-loop'] as const;
export type RoomRequestFields = Omit<z.input<typeof RoomRequestBody>, 'altcha'>;
/** A room request as its status link shows it: each date with its own answer. */
export type RoomRequestView = z.infer<typeof RoomRequestViewSchema>;

export const askForRoom = (roomId: string, body: RoomRequestFields, altcha: Proof) =>
  send<{ status: RoomRequestView['status'] }>('POST', `/public/rooms/${encodeURIComponent(roomId)}/requests`, { ...body, altcha });
const roomRequestPath = (key: string) => `/public/room-requests/${encodeURIComponent(key)}`;
export const roomRequest = (key: string) => send<RoomRequestView>('GET', roomRequestPath(key));
export const confirmRoomRequest = (key: string) => send<RoomRequestView>('POST', `${roomRequestPath(key)}/confirm`);
/** Cancels the occurrences named, or all of them. */
export const cancelRoomRequest = (key: string, occurrenceIds?: string[]) => send<RoomRequestView>('POST', `${roomRequestPath(key)}/cancel`, occurrenceIds ? { occurrenceIds } : {});
export const answerProposal = (key: string, occurrenceId: string, accept: boolean) => send<RoomRequestView>('POST', `${roomRequestPath(key)}/answer`, { occurrenceId, accept });

/**
 * The one thing the finder stores, under this one localStorage key: a random id of this browser,
 * created the first time someone says "Das betrifft mich auch", so each person counts once per idea
 * (the server keeps only its hash). It names no one and is sent nowhere else. Where storage is
 * blocked, the id lasts as long as the page.
 */
const DEVICE_KEY = 'hamm-angebote-geraet';
let pageDevice: string | undefined;

function deviceId(): string {
  try {
    const stored = localStorage.getItem(DEVICE_KEY);
    if (stored && /^[A-Za-z0-9_-]{32}$/.test(stored)) return stored;
  } catch {
    // storage blocked: the page's id below
  }
  if (pageDevice) return pageDevice;
  // 24 random bytes are 32 characters of base64url, without padding.
  pageDevice = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24)))).replace(/\+/g, '-').replace(/\//g, '_');
  try {
    localStorage.setItem(DEVICE_KEY, pageDevice);
  } catch {
    // the page's id then
  }
  return pageDevice;
}
