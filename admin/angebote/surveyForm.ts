/**
 * One survey (?seite=umfrage&id=…): its title and introduction, and while it is open its questions as
 * a form, one fieldset per question (the legend says in words whether it must be answered). A single
 * choice and the scale (1 = gar nicht … 5 = sehr) are radio groups, a multiple choice is checkboxes,
 * a text has a character counter. A refused answer gets its German text inside its question
 * (aria-describedby); anything else appears at the top in a live region. The proof of work is the idea
 * form's (one solved challenge per submission). After sending, the form gives way to the thanks, which
 * takes the focus. Closed: it says so, and links to the results when they are public.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { now } from '../../shared/time/clock';
import { berlinToday } from '../../shared/time/months';
// Types only: the schema's module brings zod, which must not weigh on the finder.
import type { Question, SCALE as SchemaScale, TEXT_ANSWER_MAX as SchemaTextMax } from '../../shared/schemas/survey';
import type { Areas } from './core';
import { answerSurvey, useProofOfWork, publicSurvey, Refused, type FieldError, type PublicSurvey, type SurveyAnswers } from './participationApi';
import { dayLabel, pageLink, placeOf } from './surveyList';
import { backArrow, type T, inGerman } from './i18n';
import { focusIfLost } from './pageFocus';

type Props = { t: T; areas?: Areas; p: URLSearchParams };

/** The schema's scale and text limit, written again here and held to the schema's by their types. */
const SCALE: typeof SchemaScale = [1, 2, 3, 4, 5];
const TEXT_ANSWER_MAX: typeof SchemaTextMax = 500;

/** A step of the scale in words: its number, and at the ends what the end means ("1 – gar nicht", "5 – sehr"). */
export const scaleStep = (t: T, step: number) =>
  step === SCALE[0] ? t('survey.scaleMin', { step }) : step === SCALE.at(-1) ? t('survey.scaleMax', { step }) : step.toLocaleString(t.locale);

/** The link back to Mitmachen, with the survey's social space so its list shows there. */
export const BackLink = ({ t, space }: { t: T; space?: string }) =>
  html`<p class="noprint"><a ...${pageLink({ seite: 'mitmachen', ...(space ? { socialSpaceId: space } : {}) })}>${backArrow(t)} ${t('survey.back')}</a></p>`;

export function SurveyPage({ t, areas, p }: Props) {
  const id = p.get('id') ?? '';
  const [survey, setSurvey] = useState<PublicSurvey | 'missing' | 'error'>();
  const [sent, setSent] = useState(false);
  /** The server's words when it refused the answers because the survey is not open (409). */
  const [refusedClosed, setRefusedClosed] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const closedNote = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    setSurvey(undefined);
    setSent(false);
    setRefusedClosed(undefined);
    if (!id) return setSurvey('missing');
    publicSurvey(id).then((v) => live && setSurvey(v ?? 'missing'), () => live && setSurvey('error'));
    return () => {
      live = false;
    };
  }, [id]);
  const title = typeof survey === 'object' ? survey.title : undefined;
  useEffect(() => {
    if (!title) return;
    document.title = `${title} – ${t('title')}`;
    requestAnimationFrame(() => focusIfLost(heading.current));
    return () => {
      document.title = t('title');
    };
  }, [title, t]);
  useEffect(() => {
    if (refusedClosed !== undefined) requestAnimationFrame(() => closedNote.current?.focus());
  }, [refusedClosed]);

  if (survey === undefined) return html`<${BackLink} t=${t} /><p aria-live="polite">${t('loading')}</p>`;
  if (survey === 'missing' || survey === 'error')
    return html`<${BackLink} t=${t} /><h2>${t('survey.heading')}</h2><p role="alert">${survey === 'missing' ? t('survey.notFound') : t('survey.loadError')}</p>`;

  const before = berlinToday(now()) < survey.opensOn;
  const answerable = survey.open && refusedClosed === undefined;
  const de = inGerman(t);
  return html`
    <${BackLink} t=${t} space=${survey.socialSpaceId} />
    <article class="survey">
      <h2 ref=${heading} tabindex="-1">${survey.title}</h2>
      <p class="idea-meta">${[t('survey.period', { from: dayLabel(t, survey.opensOn), to: dayLabel(t, survey.closesOn) }), placeOf(areas, survey)].filter(Boolean).join(' · ')}</p>
      ${survey.intro ? html`<p class="idea-text">${survey.intro}</p>` : null}
      ${sent
        ? html`<${Thanks} t=${t} space=${survey.socialSpaceId} />`
        : answerable
          ? html`<${SurveyForm} t=${t} survey=${survey} onSent=${() => setSent(true)} onClosed=${(detail: string) => setRefusedClosed(detail)} />`
          : html`<div class="closed-note" ref=${closedNote} tabindex="-1">
              <p><strong>${before && !survey.open ? t('survey.notYet', { date: dayLabel(t, survey.opensOn) }) : t('survey.isClosed')}</strong></p>
              ${refusedClosed ? html`<p ...${de}>${refusedClosed}</p>` : null}
              ${before ? null : survey.resultsPublic
                ? html`<p><a ...${pageLink({ seite: 'ergebnisse', id: survey.id })}>${t('survey.seeResults')}</a></p>`
                : html`<p>${t('survey.resultsMissing')}</p>`}
            </div>`}
    </article>`;
}

/** Shown instead of the form once the answers have arrived; takes the focus, so a screen reader reads it. */
function Thanks({ t, space }: { t: T; space: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return html`
    <section class="confirm" aria-labelledby="survey-thanks">
      <h3 id="survey-thanks" ref=${heading} tabindex="-1">${t('survey.thanks')}</h3>
      <p>${t('survey.thanksNext')}</p>
      <p><a ...${pageLink({ seite: 'mitmachen', socialSpaceId: space })}>${t('survey.back')}</a></p>
    </section>`;
}

/** The fields' ids: question ids are lower-case letters, digits and hyphens, so they make safe ids. */
const fieldId = (q: Question) => `q-${q.id}`;
const questionOf = (questions: Question[], pointer: string) => questions.find((q) => pointer === `/body/answers/${q.id}` || pointer.startsWith(`/body/answers/${q.id}/`));

type FormProps = { t: T; survey: PublicSurvey; onSent: () => void; onClosed: (detail: string) => void };

function SurveyForm({ t, survey, onSent, onClosed }: FormProps) {
  const questions = survey.questions;
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** Whether the errors are the server's (German, whatever the page's language). */
  const [serverSaid, setServerSaid] = useState(false);
  const [busy, setBusy] = useState<'waiting' | 'sending'>();
  const pow = useProofOfWork();
  const top = useRef<HTMLDivElement>(null);

  const answer = (q: Question, value: string | string[] | number) => {
    setAnswers((a) => ({ ...a, [q.id]: value }));
    // An answered question loses its error; the others keep theirs until the next try.
    setErrors((found) => found.filter((e) => questionOf(questions, e.pointer) !== q));
  };
  const toggle = (q: Question, option: string) => {
    const chosen = (answers[q.id] as string[] | undefined) ?? [];
    // In the order of the options, whatever the order of the clicks.
    answer(q, q.options.filter((o) => (o === option ? !chosen.includes(o) : chosen.includes(o))));
  };

  /** Shows the errors, and puts the focus on the first refused question's first field (or on the message at the top). */
  const show = (found: FieldError[], fromServer: boolean) => {
    setErrors(found);
    setServerSaid(fromServer);
    requestAnimationFrame(() => {
      const first = questions.find((q) => found.some((e) => questionOf(questions, e.pointer) === q));
      const field = first && document.getElementById(fieldId(first))?.querySelector<HTMLElement>('input, textarea');
      (field ?? top.current)?.focus();
    });
  };

  /** The answers as the server takes them: only the given ones, texts trimmed. */
  const given = (): SurveyAnswers => {
    const body: SurveyAnswers = {};
    for (const q of questions) {
      const a = answers[q.id];
      if (typeof a === 'string' ? a.trim() : Array.isArray(a) ? a.length : a !== undefined) body[q.id] = typeof a === 'string' ? a.trim() : a;
    }
    return body;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const website = String(new FormData(e.target as HTMLFormElement).get('website') ?? '');
    const body = given();
    const missing = questions.filter((q) => q.required && body[q.id] === undefined).map((q) => ({ pointer: `/body/answers/${q.id}`, detail: t('survey.missing') }));
    if (missing.length) return show(missing, false);
    setErrors([]);
    setBusy(pow.ready ? 'sending' : 'waiting');
    try {
      const proof = await pow.take();
      setBusy('sending');
      await answerSurvey(survey.id, body, website, proof);
      pow.stop();
      onSent();
    } catch (err) {
      const refused = err instanceof Refused ? err : undefined;
      setBusy(undefined);
      if (refused?.status === 409) {
        pow.stop();
        return onClosed(refused.errors[0]?.detail ?? '');
      }
      pow.afterRefusal(refused);
      if (refused?.errors.length) show(refused.errors, true);
      else show([{ pointer: '', detail: refused?.status === 429 ? t('survey.limit') : t('survey.failed') }], false);
    }
  };

  const errorsOf = (q: Question) => errors.filter((e) => questionOf(questions, e.pointer) === q);
  const atTop = errors.filter((e) => !questionOf(questions, e.pointer));
  const de = serverSaid ? inGerman(t) : {};
  const errorText = (q: Question) => (errorsOf(q).length ? html`<p class="field-error" id=${`${fieldId(q)}-err`} ...${de}>${errorsOf(q).map((x) => x.detail).join(' ')}</p>` : null);
  const hintOf = (q: Question) => (q.kind === 'multiple' ? t('survey.multipleHint') : q.kind === 'scale' ? t('survey.scaleHint', { min: SCALE[0], max: SCALE.at(-1)! }) : undefined);
  const idsOf = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  const choices = (q: Question, type: 'radio' | 'checkbox', options: [string, string, boolean][], pick: (value: string) => void) => html`
    <div class=${q.kind === 'scale' ? 'options scale' : 'options'}>
      ${options.map(([value, label, checked]) => html`<label>
        <input type=${type} name=${fieldId(q)} value=${value} checked=${checked} required=${type === 'radio' && q.required}
          aria-invalid=${errorsOf(q).length ? 'true' : undefined} onChange=${() => pick(value)} /> <span>${label}</span>
      </label>`)}
    </div>`;

  const control = (q: Question) => {
    const a = answers[q.id];
    if (q.kind === 'single') return choices(q, 'radio', q.options.map((o) => [o, o, a === o]), (v) => answer(q, v));
    if (q.kind === 'multiple') return choices(q, 'checkbox', q.options.map((o) => [o, o, Array.isArray(a) && a.includes(o)]), (v) => toggle(q, v));
    if (q.kind === 'scale') return choices(q, 'radio', SCALE.map((n) => [String(n), scaleStep(t, n), a === n]), (v) => answer(q, Number(v)));
    return html`<${TextAnswer} t=${t} q=${q} value=${typeof a === 'string' ? a : ''} onInput=${(v: string) => answer(q, v)} invalid=${errorsOf(q).length > 0} />`;
  };

  return html`
    <form class="survey-form" aria-label=${t('survey.formLabel')} noValidate onSubmit=${submit}>
      <p class="hint">${t('survey.requiredNote')}</p>
      <p class="hint">${t('survey.anonymous')}</p>
      <div ref=${top} tabindex="-1" class=${errors.length ? 'form-errors' : undefined} aria-live="polite">
        ${errors.length > atTop.length ? html`<p><strong>${t('join.check')}</strong></p>` : null}
        ${atTop.length ? html`<ul ...${de}>${atTop.map((x) => html`<li>${x.detail}</li>`)}</ul>` : null}
      </div>
      ${questions.map((q) => html`
        <fieldset class="question" id=${fieldId(q)} aria-describedby=${idsOf(hintOf(q) && `${fieldId(q)}-hint`, errorsOf(q).length > 0 && `${fieldId(q)}-err`)}>
          <legend id=${`${fieldId(q)}-legend`}>${q.prompt} <span class="required">(${q.required ? t('survey.required') : t('survey.optional')})</span></legend>
          ${hintOf(q) ? html`<p class="hint" id=${`${fieldId(q)}-hint`}>${hintOf(q)}</p>` : null}
          ${errorText(q)}
          ${control(q)}
        </fieldset>`)}
      <div class="hp" aria-hidden="true">
        <label for="s-website">${t('join.honeypot')}</label>
        <input id="s-website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button type="submit">${t('survey.send')}</button>
        <p role="status" class="busy">${busy === 'waiting' ? t('join.waiting') : busy === 'sending' ? t('join.sending') : ''}</p>
      </div>
    </form>`;
}

/**
 * A free-text answer: named by its question's legend, with a counter of the characters left. The
 * counter is read with the field; a screen reader hears the count again only when typing pauses.
 */
function TextAnswer({ t, q, value, onInput, invalid }: { t: T; q: Question; value: string; onInput: (v: string) => void; invalid: boolean }) {
  const id = fieldId(q);
  const left = TEXT_ANSWER_MAX - value.length;
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (!value) return;
    const timer = setTimeout(() => setSpoken(t('survey.chars', { left, max: TEXT_ANSWER_MAX })), 1200);
    return () => clearTimeout(timer);
  }, [value]);
  return html`
    <textarea id=${`${id}-text`} name=${id} rows="4" maxLength=${TEXT_ANSWER_MAX} value=${value} required=${q.required}
      aria-labelledby=${`${id}-legend`} aria-describedby=${[`${id}-count`, invalid && `${id}-err`].filter(Boolean).join(' ')}
      aria-invalid=${invalid ? 'true' : undefined} onInput=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)}></textarea>
    <p class="hint counter" id=${`${id}-count`}>${t('survey.chars', { left, max: TEXT_ANSWER_MAX })}</p>
    <p class="visually-hidden" aria-live="polite">${spoken}</p>`;
}
