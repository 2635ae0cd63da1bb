/**
 * "Umfragen" on the Mitmachen page: the surveys of the chosen social space that residents can answer
 * now ("offen bis …"), or whose results are public ("abgeschlossen – Ergebnisse ansehen"). Also the
 * few things the survey pages share: a survey's day in words, and links within the finder.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { dateLabel } from '../../shared/time/months';
import { go, type Areas } from './core';
import { listedSurveys, type PublicSurvey } from './participationApi';
import type { Lang, Texts } from './texts';

/** A survey's calendar day (`2026-06-30`) in words; at noon, so no time zone moves it. */
export const dayLabel = (lang: Lang, day: string) => dateLabel(`${day}T12:00:00Z`, lang === 'de' ? 'de-DE' : 'en-GB');

/** The attributes of a link to a page of the finder (`?seite=…`), in the current language, followed without reloading. */
export function pageLink(lang: Lang, page: Record<string, string>) {
  const next = new URLSearchParams({ ...page, ...(lang === 'en' ? { lang: 'en' } : {}) });
  return { href: `?${next}`, onClick: (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // a new tab or window: the browser's business
    e.preventDefault();
    go(next);
  } };
}

/** Where a survey is asked: its social space, and its quarter when it has one. */
export const placeOf = (areas: Areas | undefined, s: Pick<PublicSurvey, 'socialSpaceId' | 'quarterId'>) =>
  [areas?.socialSpaces.find((x) => x.id === s.socialSpaceId)?.name, s.quarterId ? areas?.quarters.find((q) => q.id === s.quarterId)?.name ?? s.quarterId : undefined].filter(Boolean).join(', ');

export function SurveyList({ lang, t, areas, space }: { lang: Lang; t: Texts; areas?: Areas; space: string }) {
  const s = t.survey;
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
  const summary = !space ? s.choose : state.loading ? t.loading : state.error ? s.listError : state.surveys.length === 0 ? s.none : s.count(state.total, spaceName);
  return html`
    <section class="surveys" aria-labelledby="surveys-title">
      <h2 id="surveys-title">${s.heading}</h2>
      <p aria-live="polite">${summary}</p>
      <ul class="survey-list">
        ${state.surveys.map((v, i) => html`<li class="survey-item">
          <h3 id=${`survey-${i}`}><a ...${pageLink(lang, { seite: 'umfrage', id: v.id })}>${v.title}</a></h3>
          ${v.quarterId ? html`<p class="idea-meta">${placeOf(areas, v)}</p>` : null}
          <p>${v.open
            ? s.openUntil(dayLabel(lang, v.closesOn))
            : html`${s.closed}${v.resultsPublic ? html` – <a ...${pageLink(lang, { seite: 'ergebnisse', id: v.id })} aria-describedby=${`survey-${i}`}>${s.seeResults}</a>` : null}`}</p>
        </li>`)}
      </ul>
    </section>`;
}
