/**
 * A closed survey's public results (?seite=ergebnisse&id=…): per question how many answered, and per
 * option (or step of the scale) its count as a table whose cells draw a bar beside the number. The bar
 * is decoration (aria-hidden); the number is text. Counts under 5 come as null and read "weniger als 5"
 * (no bar: its length is not known), with a note why; free texts are never public.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Areas } from './core';
import { publicResults, publicSurvey, type PublicResults, type PublicSurvey } from './participationApi';
import { BackLink, scaleStep } from './surveyForm';
import { dayLabel, pageLink, placeOf } from './surveyList';
import type { T } from './i18n';
import { SMALL_COUNT } from '../../shared/domain/smallCounts';
import { focusIfLost } from './pageFocus';

type Props = { t: T; areas?: Areas; p: URLSearchParams };
type Result = PublicResults['questions'][number];

export function ResultsPage({ t, areas, p }: Props) {
  const id = p.get('id') ?? '';
  const [results, setResults] = useState<PublicResults | 'missing' | 'error'>();
  /** The survey itself, for its dates and place; the results stand without it. */
  const [survey, setSurvey] = useState<PublicSurvey>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    setResults(undefined);
    setSurvey(undefined);
    if (!id) return setResults('missing');
    publicResults(id).then((r) => live && setResults(r ?? 'missing'), () => live && setResults('error'));
    publicSurvey(id).then((v) => live && setSurvey(v), () => undefined);
    return () => {
      live = false;
    };
  }, [id]);
  const title = typeof results === 'object' ? results.title : undefined;
  useEffect(() => {
    if (!title) return;
    document.title = `${t('survey.resultsHeading', { title })} – ${t('title')}`;
    requestAnimationFrame(() => focusIfLost(heading.current));
    return () => {
      document.title = t('title');
    };
  }, [title, t]);

  const back = html`<${BackLink} t=${t} space=${survey?.socialSpaceId} />`;
  if (results === undefined) return html`${back}<p aria-live="polite">${t('loading')}</p>`;
  if (results === 'missing' || results === 'error')
    return html`${back}<h2>${t('survey.heading')}</h2>
      <p role="alert">${results === 'missing' ? t('survey.resultsMissing') : t('survey.resultsError')}</p>
      ${survey?.open ? html`<p><a ...${pageLink({ seite: 'umfrage', id })}>${t('survey.toSurvey')}</a></p>` : null}`;

  const texts = results.questions.some((q) => q.kind === 'text');
  return html`
    ${back}
    <article class="survey-results">
      <h2 ref=${heading} tabindex="-1">${t('survey.resultsHeading', { title: results.title })}</h2>
      ${survey ? html`<p class="idea-meta">${[t('survey.period', { from: dayLabel(t, survey.opensOn), to: dayLabel(t, survey.closesOn) }), placeOf(areas, survey)].filter(Boolean).join(' · ')}</p>` : null}
      <p>${results.responses === null ? t('survey.responsesFew', { limit: SMALL_COUNT }) : results.responses === 'withheld' ? withheldCount(t) : t('survey.responses', { count: results.responses })}</p>
      <p class="small-note">${t('survey.smallNote', { limit: SMALL_COUNT })}${texts ? ` ${t('survey.textsNote')}` : ''}</p>
      ${results.questions.map((q, i) => html`<${QuestionResult} t=${t} q=${q} index=${i} />`)}
    </article>`;
}

/** A total withheld so that a small count cannot be worked out from it: "Anzahl: nicht ausgewiesen". */
const withheldCount = (t: T) => `${t('survey.countHeader')}: ${t('smallCount.withheld')}`;

function QuestionResult({ t, q, index }: { t: T; q: Result; index: number }) {
  const id = `result-${index}`;
  // The bars' full width: those who answered, or, where that is hidden, the largest count shown.
  const full = typeof q.answered === 'number' ? q.answered : Math.max(0, ...q.counts.map((c) => (typeof c.count === 'number' ? c.count : 0)));
  const label = (option: string) => (q.kind === 'scale' ? scaleStep(t, Number(option)) : option);
  return html`
    <section class="result-question" aria-labelledby=${id}>
      <h3 id=${id}>${q.prompt}</h3>
      <p>${q.answered === null ? t('survey.answeredFew', { limit: SMALL_COUNT }) : q.answered === 'withheld' ? withheldCount(t) : t('survey.answered', { count: q.answered })}</p>
      ${q.kind === 'multiple' ? html`<p class="hint">${t('survey.multipleNote')}</p>` : null}
      ${q.kind === 'text'
        ? html`<p class="hint">${t('survey.textNotShown')}</p>`
        : html`<table class="bars" aria-labelledby=${id}>
            <thead><tr><th scope="col">${t('survey.option')}</th><th scope="col">${t('survey.countHeader')}</th></tr></thead>
            <tbody>
              ${q.counts.map((c) => html`<tr>
                <th scope="row">${label(c.option)}</th>
                <td><div class="bar-cell">
                  ${c.count === null || c.count === 'withheld'
                    ? html`<span class="count fewer">${c.count === null ? t('smallCount.fewer', { limit: SMALL_COUNT }) : t('smallCount.withheld')}</span>`
                    : html`<span class="bar-track" aria-hidden="true"><span class="bar" style=${{ width: `${full > 0 ? Math.min(100, (c.count / full) * 100) : 0}%` }}></span></span>
                      <span class="count">${c.count.toLocaleString(t.locale)}</span>`}
                </div></td>
              </tr>`)}
            </tbody>
          </table>`}
    </section>`;
}
