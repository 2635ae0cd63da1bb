/**
 * "Veranstaltungen zum Anmelden" on the Mitmachen page: the activities of the chosen social space open
 * for sign-up, soonest first, each with its day and time in words, its place, the places left, and a
 * link to its page (?seite=veranstaltung&id=…). Also what the activity pages share: when and where in
 * words, and the places left.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Areas } from './core';
import { openActivities, type PublicActivity } from './participationApi';
import { pageLink } from './surveyList';
import type { T } from './i18n';
import { calendarDay, timeOfDay } from './when';

/** A calendar day (`2026-12-03`) in words, "Donnerstag, 3. Dezember 2026". */
const longDay = (t: T, day: string) => calendarDay(t, day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** When an activity takes place, in words: its day (or days) and its time. */
export function activityWhen(t: T, a: Pick<PublicActivity, 'date' | 'endDate' | 'startTime' | 'endTime'>) {
  const start = a.startTime && timeOfDay(t, a.startTime);
  const end = a.endTime && timeOfDay(t, a.endTime);
  if (a.endDate && a.endDate !== a.date) {
    const days = { from: longDay(t, a.date), to: longDay(t, a.endDate) };
    if (start && end) return t('signUp.days.withTimes', { ...days, start, end });
    if (start) return t('signUp.days.startOnly', { ...days, start });
    if (end) return t('signUp.days.endOnly', { ...days, end });
    return t('signUp.days.noTimes', days);
  }
  const day = longDay(t, a.date);
  return start && end ? t('signUp.oneDay.range', { day, start, end }) : start ? t('signUp.oneDay.from', { day, start }) : day;
}

/** The places left, or that it is fully booked (and whether there is a waiting list). */
export const placesLabel = (t: T, a: Pick<PublicActivity, 'placesLeft' | 'waitlist'>) =>
  a.placesLeft > 0 ? t('signUp.placesLeft', { count: a.placesLeft }) : a.waitlist ? t('signUp.fullWaitlist') : t('signUp.full');

/** Whether a sign-up can still get anywhere: a place, or the waiting list. */
export const canSignUp = (a: Pick<PublicActivity, 'placesLeft' | 'waitlist'>) => a.placesLeft > 0 || a.waitlist;

/** When and where, and with `places` the places left: staff's words (the meeting point) as plain text. */
export function ActivityFacts({ t, activity: a, places = false }: { t: T; activity: PublicActivity; places?: boolean }) {
  const centre = a.centre ? [a.centre.name, a.centre.address].filter(Boolean).join(', ') : '';
  return html`
    <p><strong>${t('signUp.when')}:</strong> ${activityWhen(t, a)}</p>
    ${centre ? html`<p class="place"><strong>${t('signUp.place')}:</strong> ${centre}</p>` : null}
    ${a.meetingPoint ? html`<p class="place"><strong>${t('signUp.meetingPoint')}:</strong> ${a.meetingPoint}</p>` : null}
    ${places ? html`<p class=${a.placesLeft > 0 ? 'places' : 'places full'}>${placesLabel(t, a)}</p>` : null}`;
}

export function ActivityList({ t, areas, space }: { t: T; areas?: Areas; space: string }) {
  const [state, setState] = useState<{ activities: PublicActivity[]; total: number; loading: boolean; error?: boolean }>({ activities: [], total: 0, loading: false });
  useEffect(() => {
    if (!space) return setState({ activities: [], total: 0, loading: false });
    let live = true;
    setState((now) => ({ ...now, loading: true }));
    openActivities(space).then(
      ({ activities, total }) => live && setState({ activities, total: Math.max(total, activities.length), loading: false }),
      () => live && setState({ activities: [], total: 0, loading: false, error: true }),
    );
    return () => {
      live = false;
    };
  }, [space]);

  const spaceName = areas?.socialSpaces.find((x) => x.id === space)?.name ?? space;
  const summary = !space ? t('signUp.choose') : state.loading ? t('loading') : state.error ? t('signUp.listError') : state.activities.length === 0 ? t('signUp.none') : t('signUp.count', { count: state.total, space: spaceName });
  return html`
    <section class="activities" aria-labelledby="activities-title">
      <h2 id="activities-title">${t('signUp.heading')}</h2>
      <p aria-live="polite">${summary}</p>
      <ul class="activity-list">
        ${state.activities.map((a, i) => html`<li class="activity-item">
          <h3 id=${`activity-${i}`}>${a.title}</h3>
          <${ActivityFacts} t=${t} activity=${a} places />
          <p><a class="button" ...${pageLink({ seite: 'veranstaltung', id: a.id })} aria-describedby=${`activity-${i}`}>${canSignUp(a) ? t('signUp.signUp') : t('signUp.details')}</a></p>
        </li>`)}
      </ul>
    </section>`;
}
