/**
 * "Umfragen" on the Mitmachen page: the surveys of the chosen social space that residents can answer
 * now ("offen bis …"), or whose results are public ("abgeschlossen – Ergebnisse ansehen"). Also the
 * few things the survey pages share: a survey's day in words, and links within the finder.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { finderLink, type Areas } from './core';
import { listedSurveys, type PublicSurvey } from './participationApi';
import type { T } from './i18n';
import { calendarDay } from './when';

/** A survey's calendar day (`2026-06-30`) in words. */
export const dayLabel = (t: T, day: string) => calendarDay(t, day);

/** The attributes of a link to a page of the finder (`?seite=…`), in the current language, followed without reloading. */
export const pageLink = (page: Record<string, string>) => finderLink(page);

/** Where a survey is asked: its social space, and its quarter when it has one. */
export const placeOf = (areas: Areas | undefined, s: Pick<PublicSurvey, 'socialSpaceId' | 'quarterId'>) =>
  [areas?.socialSpaces.find((x) => x.id === s.socialSpaceId)?.name, s.quarterId ? areas?.quarters.find((q) => q.id === s.quarterId)?.name ?? s.quarterId : undefined].filter(Boolean).join(', ');

export function SurveyList({ t, areas, space }: { t: T; areas?: Areas; space: string }) {
  const [state, setState] = useState<{ surveys: PublicSurvey[]; total: number; loading: boolean; error?: boolean }>({ surveys: [], total: 0, loading: false });
  useEffect(() => {
    if (!space) return setState({ surveys: [], total: 0, loading: false });
    let live = true;
    setState((now) => ({ ...now, loading: true }));
    listedSurveys(space).then(
      ({ surveys, total }) => live && setState({ surveys, total: Math.max(total, surveys.length), loading: false }),
      () => live && setState({ surveys: [], total: 0, loading: false, error: true }),
    );
    return () => {
      live = false;
    };
  }, [space]);

  const spaceName = areas?.socialSpaces.find((x) => x.id === space)?.name ?? space;
  const summary = !space ? t('survey.choose') : state.loading ? t('loading') : state.error ? t('survey.listError') : state.surveys.length === 0 ? t('survey.none') : t('survey.count', { count: state.total, space: spaceName });
  return html`
    <section class="surveys" aria-labelledby="surveys-title">
      <h2 id="surveys-title">${t('survey.heading')}</h2>
      <p aria-live="polite">${summary}</p>
      <ul class="survey-list">
        ${state.surveys.map((v, i) => html`<li class="survey-item">
          <h3 id=${`survey-${i}`}><a ...${pageLink({ seite: 'umfrage', id: v.id })}>${v.title}</a></h3>
          ${v.quarterId ? html`<p class="idea-meta">${placeOf(areas, v)}</p>` : null}
          <p>${v.open
            ? t('survey.openUntil', { date: dayLabel(t, v.closesOn) })
            : html`${t('survey.closed')}${v.resultsPublic ? html` – <a ...${pageLink({ seite: 'ergebnisse', id: v.id })} aria-describedby=${`survey-${i}`}>${t('survey.seeResults')}</a>` : null}`}</p>
        </li>`)}
      </ul>
    </section>`;
}
