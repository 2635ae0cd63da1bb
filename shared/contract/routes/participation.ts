/**
 * Routes of the participation function: residents' ideas (Anliegen) and survey answers from the
 * finder, without an account; staff's moderation, answers, take-up, surveys and their results.
 */
import * as z from 'zod';
import { entities } from '../../entities.ts';
import { Id, IsoDate, metaShape, TargetGroup, Theme, Time } from '../../schemas/common.ts';
import { idea, IdeaContact, IdeaStatus, LatLng, Moderation, PublicIdeaView } from '../../schemas/idea.ts';
import { need } from '../../schemas/need.ts';
import { measure } from '../../schemas/workPlan.ts';
import { Answers, PublicSurveyView, survey, SurveyResults } from '../../schemas/survey.ts';
import { MAX_GUESTS, signUp, SignUpStatus } from '../../schemas/signUp.ts';
import { activity } from '../../schemas/activity.ts';
import { room } from '../../schemas/room.ts';
import { BookingContact, BookingStatus, Occurrence, OccurrenceStatus, ProposedTime, roomBooking, timesInOrder } from '../../schemas/roomBooking.ts';
import { BookerKind } from '../../schemas/room.ts';
import { API_BASE } from './groups.ts';
import { crud, IdParams, JsonParam, type Route } from './route.ts';

/** A proof-of-work challenge (ALTCHA v2): the browser solves it in the background, no one notices. */
export const Challenge = z.object({
  parameters: z.object({
    algorithm: z.string().max(20), nonce: z.string().max(128), salt: z.string().max(128), cost: z.number().int().min(1).max(1_000_000),
    keyLength: z.number().int().min(1).max(64), keyPrefix: z.string().max(128), keySignature: z.string().max(256).optional(),
    expiresAt: z.number().int().optional(), data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  }),
  signature: z.string().max(256),
});
export const ChallengeSolution = z.strictObject({
  challenge: Challenge,
  solution: z.object({ counter: z.number().int().min(0), derivedKey: z.string().max(256), time: z.number().optional() }),
});

/** What a resident sends. `website` is a field people never see: whoever fills it is a robot. */
export const IdeaSubmission = z.strictObject({
  text: idea.shape.text,
  theme: Theme,
  targetGroups: z.array(TargetGroup).max(3).default([]),
  socialSpaceId: Id.optional(),
  quarterId: Id.optional(),
  location: LatLng.optional(),
  contact: IdeaContact.optional(),
  /** Required with contact data: the resident agreed to the consent text shown next to the form. */
  consent: z.boolean().optional(),
  website: z.string().max(200).optional(),
  altcha: ChallengeSolution,
});
export const IdeaReceipt = z.object({
  id: Id,
  /** The status page's key: shown once, never stored (only its hash). */
  statusKey: z.string(),
  status: IdeaStatus,
});
export const IdeaStatusView = PublicIdeaView.extend({
  moderation: Moderation,
  rejectionReason: z.string().optional(),
  hasContact: z.boolean(),
});
export const StatusKeyParams = z.strictObject({ key: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, 'Ungültiger Link') });
export const PublicIdeaQuery = z.strictObject({ socialSpaceId: Id, range: JsonParam('[0,24]') });
export const MeTooBody = z.strictObject({ device: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });
export const TakeUpBody = z.strictObject({ version: metaShape.version });
export const PublicSurveyQuery = z.strictObject({ socialSpaceId: Id, range: JsonParam('[0,24]') });
export const SurveyAnswerBody = z.strictObject({ answers: Answers, website: z.string().max(200).optional(), altcha: ChallengeSolution });

/** An activity residents can sign up for, as the finder shows it. */
export const PublicActivityView = z.object({
  id: Id, title: z.string(), socialSpaceId: Id, date: z.string(), endDate: z.string().optional(), startTime: z.string().optional(), endTime: z.string().optional(),
  meetingPoint: z.string().optional(), centre: z.object({ name: z.string(), address: z.string().optional() }).optional(),
  capacity: z.number().int(), placesLeft: z.number().int(), waitlist: z.boolean(),
});
export const SignUpBody = z.strictObject({
  name: z.string().trim().max(100).optional(),
  email: z.email('Bitte geben Sie eine gültige E-Mail-Adresse an').max(254),
  guests: z.number().int().min(0).max(MAX_GUESTS).default(0),
  consent: z.literal(true, 'Bitte stimmen Sie zu, dass wir Ihre Anmeldung speichern.'),
  website: z.string().max(200).optional(),
  altcha: ChallengeSolution,
});
export const SignUpView = z.object({ status: SignUpStatus, guests: z.number().int(), name: z.string().optional(), activity: PublicActivityView });
export const ManageKeyParams = StatusKeyParams;
export const AttendanceBody = z.strictObject({ version: metaShape.version });

/** Staff's answers to a room request: the version read, and the occurrences (their days) meant; none: every open one. */
const OccurrenceIds = z.array(IsoDate).min(1).max(53).optional();
export const ApprovalBody = z.strictObject({ version: metaShape.version, occurrenceIds: OccurrenceIds, skipConflicts: z.boolean().default(false) });
export const RefusalBody = z.strictObject({ version: metaShape.version, occurrenceIds: OccurrenceIds, reason: z.string().trim().min(1, 'Bitte nennen Sie einen Grund.').max(1000) });
export const ProposalBody = ProposedTime.extend({ version: metaShape.version, occurrenceId: IsoDate }).refine((p) => p.startTime < p.endTime, { path: ['endTime'], message: 'Ende muss nach Beginn liegen' });
/** Each occurrence with, where it would collide now, the German sentence naming the time taken. */
export const ApprovalPreview = z.object({ id: Id, version: metaShape.version, occurrences: z.array(Occurrence.extend({ conflict: z.string().optional() })) });
export const ApprovalResult = z.object({ booking: roomBooking.entity, skipped: z.array(z.object({ id: IsoDate, message: z.string() })) });
/** A room's week for staff (Monday to Sunday): its requests' occurrences with their purposes, and the offers and meetings using it. */
export const RoomWeekQuery = z.strictObject({ from: IsoDate.optional().meta({ description: 'A day of the week shown (its Monday is used); default: this week' }) });
export const RoomWeekEntry = z.object({
  kind: z.enum(['booking', 'offer', 'meeting']), id: Id, title: z.string(), date: IsoDate, startTime: Time, endTime: Time,
  /** A booking's occurrence: pending, proposed (at the proposed time) or approved. */
  status: OccurrenceStatus.extract(['pending', 'proposed', 'approved']).optional(),
});
export const RoomWeek = z.object({ roomId: Id, centreId: Id, from: IsoDate, to: IsoDate, entries: z.array(RoomWeekEntry) });

/** What a resident asks for through the finder: the request's own fields (one source), a contact to confirm, the abuse defence. */
const asked = roomBooking.shape;
export const RoomRequestBody = z
  .strictObject({
    purpose: asked.purpose, groupName: asked.groupName, expectedPeople: asked.expectedPeople, accessibilityNeeds: asked.accessibilityNeeds, accessibilityNote: asked.accessibilityNote,
    date: asked.date, startTime: asked.startTime, endTime: asked.endTime, recurrence: asked.recurrence,
    /** Partners ask with their key, staff in the admin: the public form is for the neighbourhood's groups and private or commercial use. */
    bookerKind: BookerKind.exclude(['partner', 'staff']),
    contact: BookingContact,
    consent: z.literal(true, 'Bitte stimmen Sie zu, dass wir Ihre Angaben für die Anfrage speichern.'),
    website: z.string().max(200).optional(),
    altcha: ChallengeSolution,
  })
  .superRefine(timesInOrder);
/** What the status link shows: the request and each date's answer, never who answered. */
export const RoomRequestView = z.object({
  status: BookingStatus, purpose: z.string(), bookerKind: BookerKind, expectedPeople: z.number().int(), feeCents: z.number().int().optional(), recurrence: z.string().optional(),
  room: z.object({ id: Id, name: z.string(), houseRules: z.string().optional(), keyPickup: z.string().optional() }),
  centre: z.object({ id: Id, name: z.string(), address: z.string().optional() }),
  occurrences: z.array(Occurrence.omit({ decidedBy: true, decidedAt: true })),
});
export const RoomCancelBody = z.strictObject({ occurrenceIds: OccurrenceIds });
export const RoomProposalAnswer = z.strictObject({ occurrenceId: IsoDate, accept: z.boolean() });
const ROOM_RULES_422 = { 422: 'The request breaks the room\'s rules: one German sentence per rule in `errors`, its `code` naming the rule (who-may-ask, capacity, max-duration, lead-time, opening-hours, holiday, closure, series, inactive)' };

const ABUSE_RULES = [
  'Refused with 400 unless `altcha` holds a solved, unexpired challenge from GET /v1/public/challenge, used once, fetched at least 3 seconds before; `website` must stay empty.',
  'At most 10 submissions (ideas and survey answers together) per client and day (429): the client is recognised by a salted hash of its address that changes daily; the address is never stored.',
  'Contact data only with `consent: true`.',
];

export const routes: Route[] = [
  {
    method: 'GET', path: `${API_BASE}/public/challenge`, fn: 'participation', operationId: 'getChallenge',
    summary: 'A proof-of-work challenge for one public submission (valid 30 minutes, used once)', auth: 'none', response: Challenge,
  },
  {
    method: 'POST', path: `${API_BASE}/public/ideas`, fn: 'participation', operationId: 'submitIdea', limited: true,
    summary: 'A resident sends an idea or need from their quarter (published only after moderation)', auth: 'none',
    body: IdeaSubmission, response: IdeaReceipt, status: 201, rules: ABUSE_RULES,
  },
  {
    method: 'GET', path: `${API_BASE}/public/ideas`, fn: 'participation', operationId: 'listPublicIdeas',
    // Not cached (here or by the CDN): a neighbour's "me too" and a clerk's answer show at once.
    summary: 'The released ideas of one social space, newest first', auth: 'none', query: PublicIdeaQuery, response: PublicIdeaView, list: true,
  },
  {
    method: 'POST', path: `${API_BASE}/public/ideas/{id}/me-too`, fn: 'participation', operationId: 'addMeToo',
    summary: '"Das betrifft mich auch": one per device and released idea', auth: 'none', params: IdParams, body: MeTooBody,
    response: z.object({ meToo: z.number().int(), counted: z.boolean() }),
  },
  {
    method: 'GET', path: `${API_BASE}/public/idea-status/{key}`, fn: 'participation', operationId: 'getIdeaStatus',
    summary: 'The status page of one idea, by the key its sender was given', auth: 'none', params: StatusKeyParams, response: IdeaStatusView,
  },
  {
    method: 'DELETE', path: `${API_BASE}/public/idea-status/{key}/contact`, fn: 'participation', operationId: 'deleteIdeaContact',
    summary: 'The sender deletes the contact data they gave (the idea stays)', auth: 'none', params: StatusKeyParams, response: IdeaStatusView,
  },
  {
    method: 'GET', path: `${API_BASE}/public/surveys`, fn: 'participation', operationId: 'listPublicSurveys',
    summary: 'The surveys of one social space residents can answer now, or whose results are public', auth: 'none', query: PublicSurveyQuery, response: PublicSurveyView, list: true, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/surveys/{id}`, fn: 'participation', operationId: 'getPublicSurvey',
    summary: 'One published survey with its questions', auth: 'none', params: IdParams, response: PublicSurveyView, publicCache: true,
  },
  {
    method: 'POST', path: `${API_BASE}/public/surveys/{id}/responses`, fn: 'participation', operationId: 'answerSurvey', limited: true,
    summary: 'A resident answers a survey while it is open', auth: 'none', params: IdParams, body: SurveyAnswerBody,
    response: z.object({ received: z.boolean() }), status: 201, rules: [...ABUSE_RULES.slice(0, 2), 'Each answer fits its question (a listed option, options, 1–5, at most 500 characters); required questions answered. 409 when the survey is not open.'],
  },
  {
    method: 'GET', path: `${API_BASE}/public/surveys/{id}/results`, fn: 'participation', operationId: 'getPublicSurveyResults',
    summary: 'A closed survey\'s results, when its author published them: counts under 5 read as null ("weniger als 5"), no free texts', auth: 'none', params: IdParams, response: SurveyResults, publicCache: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/activities`, fn: 'participation', operationId: 'listPublicActivities',
    summary: 'Activities of one social space residents can sign up for, from today on', auth: 'none', query: PublicSurveyQuery, response: PublicActivityView, list: true,
  },
  {
    method: 'GET', path: `${API_BASE}/public/activities/{id}`, fn: 'participation', operationId: 'getPublicActivity',
    summary: 'One activity open for sign-up, with the places left', auth: 'none', params: IdParams, response: PublicActivityView,
  },
  {
    method: 'POST', path: `${API_BASE}/public/activities/{id}/sign-ups`, fn: 'participation', operationId: 'signUpForActivity', limited: true,
    summary: 'A resident signs up; an e-mail with a link to confirm follows (double opt-in). No place is taken before confirming', auth: 'none',
    params: IdParams, body: SignUpBody, response: z.object({ status: SignUpStatus }), status: 201,
    rules: [...ABUSE_RULES.slice(0, 2), '409 when the activity is not open for sign-up (past, or never published for it); 503 when the e-mail could not be sent (nothing is kept then).'],
  },
  {
    method: 'GET', path: `${API_BASE}/public/sign-ups/{key}`, fn: 'participation', operationId: 'getOwnSignUp',
    summary: 'A sign-up, by the key its e-mail carries', auth: 'none', params: ManageKeyParams, response: SignUpView,
  },
  {
    method: 'POST', path: `${API_BASE}/public/sign-ups/{key}/confirm`, fn: 'participation', operationId: 'confirmSignUp',
    summary: 'Confirm a sign-up (the e-mail\'s link): a place while there is one, else the waiting list. Using the link again changes nothing', auth: 'none',
    params: ManageKeyParams, response: SignUpView, rules: ['409 when the sign-up was cancelled, is older than 48 hours unconfirmed, or the activity is full without a waiting list.'],
  },
  {
    method: 'POST', path: `${API_BASE}/public/sign-ups/{key}/cancel`, fn: 'participation', operationId: 'cancelSignUp',
    summary: 'Cancel a sign-up; a freed place goes to the first on the waiting list, who is told by e-mail', auth: 'none', params: ManageKeyParams, response: SignUpView,
  },
  {
    method: 'DELETE', path: `${API_BASE}/public/sign-ups/{key}`, fn: 'participation', operationId: 'deleteSignUpData',
    summary: 'Cancel the sign-up and delete the name and e-mail address given (the anonymous count stays)', auth: 'none', params: ManageKeyParams, response: SignUpView,
  },
  ...crud(entities.signUp, signUp, 'participation').filter((r) => r.method !== 'POST'),
  {
    method: 'POST', path: `${API_BASE}/activities/{id}/attendance`, fn: 'participation', operationId: 'takeAttendance',
    summary: 'Set the activity\'s participants to the people of the sign-ups marked as attended', auth: 'clerk',
    permission: { resource: 'activities', action: 'update' }, params: IdParams, entity: 'activity', bodyIsAction: true, body: AttendanceBody, response: activity.entity,
  },
  ...crud(entities.idea, idea, 'participation'),
  {
    method: 'POST', path: `${API_BASE}/public/rooms/{id}/requests`, fn: 'participation', operationId: 'requestRoomPublicly', limited: true,
    summary: 'A resident asks for a room; an e-mail with the status link follows, to confirm the address (double opt-in). Until then the request is not in staff\'s queue and cannot be answered', auth: 'none',
    params: IdParams, body: RoomRequestBody, response: z.object({ status: BookingStatus }), status: 201, problemStatuses: ROOM_RULES_422,
    rules: [...ABUSE_RULES.slice(0, 2), '409 (type room-taken) when a single date is taken, naming the time; 503 when the e-mail could not be sent (nothing is kept then).'],
  },
  {
    method: 'GET', path: `${API_BASE}/public/room-requests/{key}`, fn: 'participation', operationId: 'getRoomRequest',
    summary: 'A room request and each date\'s answer, by the key its e-mails carry', auth: 'none', params: StatusKeyParams, response: RoomRequestView,
  },
  {
    method: 'POST', path: `${API_BASE}/public/room-requests/{key}/confirm`, fn: 'participation', operationId: 'confirmRoomRequest',
    summary: 'Confirm the address (the e-mail\'s link): the request goes to the centre\'s queue. Using the link again changes nothing', auth: 'none',
    params: StatusKeyParams, response: RoomRequestView, rules: [`409 (type room-request-link) when the request is older than 48 hours unconfirmed.`],
  },
  {
    method: 'POST', path: `${API_BASE}/public/room-requests/{key}/cancel`, fn: 'participation', operationId: 'cancelRoomRequest',
    summary: 'Cancel chosen dates (none named: all still to come); approved ones free the room at once', auth: 'none', params: StatusKeyParams, body: RoomCancelBody, response: RoomRequestView,
    rules: ['409 when nothing is left to cancel, or a date named is past (it happened, and counts).'],
  },
  {
    method: 'POST', path: `${API_BASE}/public/room-requests/{key}/answer`, fn: 'participation', operationId: 'answerRoomProposal',
    summary: 'Accept a proposed time (the date is approved there while it is free) or decline it (the date is cancelled)', auth: 'none', params: StatusKeyParams, body: RoomProposalAnswer, response: RoomRequestView,
    rules: ['409 (type room-taken) when the proposed time was taken meanwhile; 409 (type room-request-link) when the date has no proposal or the request is not confirmed.'],
  },
  ...crud(entities.room, room, 'participation'),
  ...crud(entities.roomBooking, roomBooking, 'participation').map((r) => (r.method === 'POST' ? { ...r, problemStatuses: ROOM_RULES_422 } : r)),
  {
    method: 'GET', path: `${API_BASE}/rooms/{id}/week`, fn: 'participation', operationId: 'getRoomWeek',
    summary: 'A room\'s week for staff: the open and approved occurrences of its requests (with their purposes), and the offers and meetings using it', auth: 'clerk',
    permission: { resource: 'room-bookings', action: 'read' }, params: IdParams, query: RoomWeekQuery, entity: 'room', response: RoomWeek,
    rules: ['Judged as reading the room\'s requests in its social space: prevention, which reads no requests, is refused (403).'],
  },
  {
    method: 'GET', path: `${API_BASE}/room-bookings/{id}/approval`, fn: 'participation', operationId: 'getRoomBookingApproval',
    summary: 'Before approving: each occurrence of a request, and which of them would collide now (the time taken, in German)', auth: 'clerk',
    permission: { resource: 'room-bookings', action: 'read' }, params: IdParams, entity: 'roomBooking', response: ApprovalPreview,
  },
  {
    method: 'POST', path: `${API_BASE}/room-bookings/{id}/approval`, fn: 'participation', operationId: 'approveRoomBooking',
    summary: 'Approve the series or chosen occurrences (proposed ones at the proposed time); the room\'s day locks are written in the same transaction', auth: 'clerk',
    permission: { resource: 'room-booking-decisions', action: 'create' }, params: IdParams, entity: 'roomBooking', bodyIsAction: true, body: ApprovalBody, response: ApprovalResult,
    rules: ['409 (type room-taken) when an occurrence overlaps an approved one (buffers included) or the centre\'s own use, each named in German ("Der Raum ist am 14.03.2027 von 15:00 bis 17:00 Uhr schon belegt."); with `skipConflicts` those stay pending and are listed in `skipped`. Of two overlapping approvals, however simultaneous, one succeeds.'],
  },
  {
    method: 'POST', path: `${API_BASE}/room-bookings/{id}/refusal`, fn: 'participation', operationId: 'refuseRoomBooking',
    summary: 'Refuse the series or chosen occurrences with a reason (approved ones are cancelled and free the room)', auth: 'clerk',
    permission: { resource: 'room-booking-decisions', action: 'create' }, params: IdParams, entity: 'roomBooking', bodyIsAction: true, body: RefusalBody, response: roomBooking.entity,
  },
  {
    method: 'POST', path: `${API_BASE}/room-bookings/{id}/proposal`, fn: 'participation', operationId: 'proposeRoomBookingTime',
    summary: 'Propose another time for one open occurrence; the requester\'s acceptance approves it there', auth: 'clerk',
    permission: { resource: 'room-booking-decisions', action: 'create' }, params: IdParams, entity: 'roomBooking', bodyIsAction: true, body: ProposalBody, response: roomBooking.entity,
    problemStatuses: ROOM_RULES_422, rules: ['409 when the proposed time is taken; 422 when the centre is closed then.'],
  },
  ...crud(entities.survey, survey, 'participation'),
  {
    method: 'GET', path: `${API_BASE}/surveys/{id}/results`, fn: 'participation', operationId: 'getSurveyResults',
    summary: 'A survey\'s results for staff: every count and the free-text answers (exports hide counts under 5)', auth: 'clerk',
    permission: { resource: 'survey-results', action: 'read' }, params: IdParams, entity: 'survey', response: SurveyResults,
  },
  {
    method: 'GET', path: `${API_BASE}/ideas/{id}/contact`, fn: 'participation', operationId: 'getIdeaContact',
    summary: 'How to reach the sender of an idea (staff of its social space only; 404 when none or deleted)', auth: 'clerk',
    permission: { resource: 'idea-contacts', action: 'read' }, params: IdParams, entity: 'idea', response: IdeaContact,
  },
  {
    method: 'POST', path: `${API_BASE}/ideas/{id}/take-up`, fn: 'participation', operationId: 'takeUpIdea',
    summary: 'Turn an idea into a need of its social space (pre-filled, linked both ways); the idea is then `taken-up`', auth: 'clerk',
    permission: { resource: 'idea-take-ups', action: 'create' }, params: IdParams, entity: 'idea', bodyIsAction: true, body: TakeUpBody, response: need.entity, status: 201,
    rules: ['409 when the idea is already taken up, rejected or merged into another.'],
  },
  {
    method: 'POST', path: `${API_BASE}/ideas/{id}/take-up-as-measure`, fn: 'participation', operationId: 'takeUpIdeaAsMeasure',
    summary: 'Turn an idea into a measure of its social space\'s work plan of the current year (planned from this month to December); the idea is then `taken-up`', auth: 'clerk',
    permission: { resource: 'idea-measure-take-ups', action: 'create' }, params: IdParams, entity: 'idea', bodyIsAction: true, body: TakeUpBody, response: measure.entity, status: 201,
    rules: ['409 when the idea is already taken up, rejected or merged, or when the space has no work plan for the current year.'],
  },
];
