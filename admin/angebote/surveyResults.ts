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
import { BackLink, focusIfLost } from './surveyForm';
import { dayLabel, pageLink, placeOf } from './surveyList';
import type { Lang, Texts } from './texts';

type Props = { lang: Lang; t: Texts; areas?: Areas; p: URLSearchParams };
type Result = PublicResults['questions'][number];

export function ResultsPage({ lang, t, areas, p }: Props) {
  const s = t.survey;
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
    document.title = `${s.resultsHeading(title)} – ${t.title}`;
    requestAnimationFrame(() => focusIfLost(heading.current));
    return () => {
      document.title = t.title;
    };
  }, [title, t]);

  const back = html`<${BackLink} lang=${lang} t=${t} space=${survey?.socialSpaceId} />`;
  if (results === undefined) return html`${back}<p aria-live="polite">${t.loading}</p>`;
  if (results === 'missing' || results === 'error')
    return html`${back}<h2>${s.heading}</h2>
      <p role="alert">${results === 'missing' ? s.resultsMissing : s.resultsError}</p>
      ${survey?.open ? html`<p><a ...${pageLink(lang, { seite: 'umfrage', id })}>${s.toSurvey}</a></p>` : null}`;

  const texts = results.questions.some((q) => q.kind === 'text');
  return html`
    ${back}
    <article class="survey-results">
      <h2 ref=${heading} tabindex="-1">${s.resultsHeading(results.title)}</h2>
      ${survey ? html`<p class="idea-meta">${[s.period(dayLabel(lang, survey.opensOn), dayLabel(lang, survey.closesOn)), placeOf(areas, survey)].filter(Boolean).join(' · ')}</p>` : null}
      <p>${s.responses(results.responses)}</p>
      <p class="small-note">${s.smallNote}${texts ? ` ${s.textsNote}` : ''}</p>
      ${results.questions.map((q, i) => html`<${QuestionResult} t=${t} q=${q} index=${i} />`)}
    </article>`;
}

function QuestionResult({ t, q, index }: { t: Texts; q: Result; index: number }) {
  const s = t.survey;
  const id = `result-${index}`;
  // The bars' full width: those who answered, or, where that is hidden, the largest count shown.
  const full = q.answered ?? Math.max(0, ...q.counts.map((c) => (typeof c.count === 'number' ? c.count : 0)));
  const label = (option: string) => (q.kind === 'scale' ? s.scaleStep(Number(option)) : option);
  return html`
    <section class="result-question" aria-labelledby=${id}>
      <h3 id=${id}>${q.prompt}</h3>
      <p>${s.answered(q.answered)}</p>
      ${q.kind === 'multiple' ? html`<p class="hint">${s.multipleNote}</p>` : null}
      ${q.kind === 'text'
        ? html`<p class="hint">${s.textNotShown}</p>`
        : html`<table class="bars" aria-labelledby=${id}>
            <thead><tr><th scope="col">${s.option}</th><th scope="col">${s.countHeader}</th></tr></thead>
            <tbody>
              ${q.counts.map((c) => html`<tr>
                <th scope="row">${label(c.option)}</th>
                <td><div class="bar-cell">
                  ${c.count === null || c.count === 'withheld'
                    ? html`<span class="count fewer">${c.count === null ? s.fewer : s.withheld}</span>`
                    : html`<span class="bar-track" aria-hidden="true"><span class="bar" style=${{ width: `${full > 0 ? Math.min(100, (c.count / full) * 100) : 0}%` }}></span></span>
                      <span class="count">${c.count}</span>`}
                </div></td>
              </tr>`)}
            </tbody>
          </table>`}
    </section>`;
}
