/**
 * Activity (Aktivität): a participation format or community activity in one social space,
 * placed on the four steps of participation (Beteiligung).
 */
import * as z from 'zod';
import { ACTIVE_STAGES, PARTICIPATION_STAGES } from './values.ts';
import { entitySchemas, Id, IsoDate, NonEmpty, TargetGroup, Theme, Time } from './common.ts';

export const ActivityKind = z.enum(['participation-format', 'festival', 'campaign', 'survey', 'workshop', 'information-event', 'volunteering']);
/** The four steps of participation, in order: Information, Ansprache, Einbeziehung, Aktivierung. */
export const ParticipationStage = z.enum(PARTICIPATION_STAGES);
export { ACTIVE_STAGES };

const Count = z.number().int().min(0).max(100000);

export const activity = entitySchemas(
  {
    title: NonEmpty(200),
    kind: ActivityKind,
    stage: ParticipationStage,
    /** The (first) day; an activity counts in the month it starts. */
    date: IsoDate,
    endDate: IsoDate.optional(),
    socialSpaceId: Id,
    quarterIds: z.array(Id).max(20).default([]),
    centreId: Id.optional(),
    themes: z.array(Theme).max(8).default([]),
    targetGroups: z.array(TargetGroup).max(9).default([]),
    participants: Count.default(0),
    volunteers: Count.default(0),
    organisationIds: z.array(Id).max(30).default([]),
    /** Residents took part in planning it. */
    residentsInPlanning: z.boolean().default(false),
    outcome: z.string().max(4000).optional(),
    offerId: Id.optional(),
    startTime: Time.optional(),
    endTime: Time.optional(),
    /** Residents sign up on the finder (Anmeldung): with a capacity, and a waiting list once it is full. */
    signUp: z.boolean().default(false),
    /** Places, counted in people (a sign-up may bring guests). */
    capacity: z.number().int().min(1).max(10000).optional(),
    waitlist: z.boolean().default(true),
    /** Where to meet, as residents read it (e.g. "Treffpunkt: Marktplatz am Brunnen"). */
    meetingPoint: z.string().max(300).optional(),
  },
  {
    check: (a, ctx) => {
      if (a.endDate && a.date && a.endDate < a.date) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ende liegt vor dem Beginn' });
      if (a.signUp && !a.capacity) ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'Für die Anmeldung braucht es eine Zahl von Plätzen' });
      if (a.signUp && !a.startTime) ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'Für die Anmeldung braucht es eine Uhrzeit' });
      if (a.startTime && a.endTime && a.endTime <= a.startTime && (!a.endDate || a.endDate === a.date)) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Ende liegt vor dem Beginn' });
    },
    readonly: {
      /** People with a confirmed place (kept with each sign-up, never above `capacity`; absent before the first). */
      signedUp: z.number().int().min(0).optional(),
    },
  },
);
export type Activity = z.infer<typeof activity.entity>;
