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
import type { Lang, Texts } from './texts';

/** A calendar day (`2026-12-03`) in words, "Donnerstag, 3. Dezember 2026"; at noon UTC, so no time zone moves it. */
const longDay = (lang: Lang, day: string) =>
  new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

/** When an activity takes place, in words: its day (or days) and its time. */
export function activityWhen(lang: Lang, t: Texts, a: Pick<PublicActivity, 'date' | 'endDate' | 'startTime' | 'endTime'>) {
  const s = t.signUp;
  if (a.endDate && a.endDate !== a.date) return s.days(longDay(lang, a.date), a.startTime, longDay(lang, a.endDate), a.endTime);
  return s.oneDay(longDay(lang, a.date), a.startTime, a.endTime);
}

/** The places left, or that it is fully booked (and whether there is a waiting list). */
export const placesLabel = (t: Texts, a: Pick<PublicActivity, 'placesLeft' | 'waitlist'>) =>
  a.placesLeft > 0 ? t.signUp.placesLeft(a.placesLeft) : a.waitlist ? t.signUp.fullWaitlist : t.signUp.full;

/** Whether a sign-up can still get anywhere: a place, or the waiting list. */
export const canSignUp = (a: Pick<PublicActivity, 'placesLeft' | 'waitlist'>) => a.placesLeft > 0 || a.waitlist;

/** When and where, and with `places` the places left: staff's words (the meeting point) as plain text. */
export function ActivityFacts({ lang, t, activity: a, places = false }: { lang: Lang; t: Texts; activity: PublicActivity; places?: boolean }) {
  const s = t.signUp;
  const centre = a.centre ? [a.centre.name, a.centre.address].filter(Boolean).join(', ') : '';
  return html`
    <p><strong>${s.when}:</strong> ${activityWhen(lang, t, a)}</p>
    ${centre ? html`<p class="place"><strong>${s.place}:</strong> ${centre}</p>` : null}
    ${a.meetingPoint ? html`<p class="place"><strong>${s.meetingPoint}:</strong> ${a.meetingPoint}</p>` : null}
    ${places ? html`<p class=${a.placesLeft > 0 ? 'places' : 'places full'}>${placesLabel(t, a)}</p>` : null}`;
}

export function ActivityList({ lang, t, areas, space }: { lang: Lang; t: Texts; areas?: Areas; space: string }) {
  const s = t.signUp;
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
  const summary = !space ? s.choose : state.loading ? t.loading : state.error ? s.listError : state.activities.length === 0 ? s.none : s.count(state.total, spaceName);
  return html`
    <section class="activities" aria-labelledby="activities-title">
      <h2 id="activities-title">${s.heading}</h2>
      <p aria-live="polite">${summary}</p>
      <ul class="activity-list">
        ${state.activities.map((a, i) => html`<li class="activity-item">
          <h3 id=${`activity-${i}`}>${a.title}</h3>
          <${ActivityFacts} lang=${lang} t=${t} activity=${a} places />
          <p><a class="button" ...${pageLink(lang, { seite: 'veranstaltung', id: a.id })} aria-describedby=${`activity-${i}`}>${canSignUp(a) ? s.signUp : s.details}</a></p>
        </li>`)}
      </ul>
    </section>`;
}
