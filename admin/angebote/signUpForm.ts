/**
 * The sign-up form of an activity (POST /v1/public/activities/{id}/sign-ups): name (optional), e-mail
 * address, the people coming along, and the consent. Like the idea form: every field has a visible
 * label; a refused field gets its text right below it (aria-describedby, aria-invalid) and the focus,
 * anything else appears at the top in a live region. The same proof of work and honeypot as the other
 * forms. Sent, it says so (the page shows what comes next); not open (409), the page says why.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
// Type only: the schema's module brings zod, which must not weigh on the finder.
import type { MAX_GUESTS as SchemaMaxGuests } from '../../shared/schemas/signUp';
import { useProofOfWork, Refused, signUpFor, type FieldError, type PublicActivity, type SignUpFields } from './participationApi';
import type { T } from './i18n';
import { inGerman } from './i18n';
import { fieldErrors } from './fieldErrors';

/** The schema's limit, written again here and held to the schema's by its type. */
const MAX_GUESTS: typeof SchemaMaxGuests = 5;
/** The fields an error's JSON pointer can belong to, in the order of the form (the first gets the focus). */
const FIELDS = [['/body/name', 'a-name'], ['/body/email', 'a-email'], ['/body/guests', 'a-guests'], ['/body/consent', 'a-consent']] as const;
const fieldOf = (pointer: string) => FIELDS.find(([f]) => pointer === f || pointer.startsWith(`${f}/`));
/** Enough to catch a slip of the finger; the server checks the address properly. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Props = { t: T; activity: PublicActivity; onSent: () => void; onClosed: (detail: string) => void };

export function SignUpForm({ t, activity, onSent, onClosed }: Props) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** Whether the errors are the server's (German, whatever the page's language). */
  const [serverSaid, setServerSaid] = useState(false);
  const [busy, setBusy] = useState<'waiting' | 'sending'>();
  const pow = useProofOfWork();
  const top = useRef<HTMLDivElement>(null);

  /** Shows the errors, and puts the focus on the first refused field (or on the message at the top). */
  const show = (found: FieldError[], fromServer: boolean) => {
    setErrors(found);
    setServerSaid(fromServer);
    requestAnimationFrame(() => {
      const first = FIELDS.find(([f]) => found.some((e) => fieldOf(e.pointer)?.[0] === f));
      (first ? document.getElementById(first[1]) : top.current)?.focus();
    });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const form = new FormData(e.target as HTMLFormElement);
    const name = String(form.get('name') ?? '').trim();
    const email = String(form.get('email') ?? '').trim();
    const consent = form.get('consent') === 'yes';
    const found: FieldError[] = [
      ...(!email ? [{ pointer: '/body/email', detail: t('signUp.emailMissing') }] : !EMAIL.test(email) ? [{ pointer: '/body/email', detail: t('signUp.emailInvalid') }] : []),
      ...(!consent ? [{ pointer: '/body/consent', detail: t('signUp.consentMissing') }] : []),
    ];
    if (found.length) return show(found, false);
    const body: SignUpFields = {
      ...(name ? { name } : {}), email, guests: Math.min(MAX_GUESTS, Math.max(0, Number(form.get('guests')) || 0)), consent: true,
      website: String(form.get('website') ?? ''),
    };
    setErrors([]);
    setBusy(pow.ready ? 'sending' : 'waiting');
    try {
      const proof = await pow.take();
      setBusy('sending');
      await signUpFor(activity.id, body, proof);
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
      // 503 (the e-mail could not be sent) names the address, but is no fault of it: said at the top.
      const said = refused?.errors.map((x) => (refused.status === 400 ? x : { ...x, pointer: '' })) ?? [];
      show(said.length ? said : [{ pointer: '', detail: refused?.status === 429 ? t('survey.limit') : t('signUp.failed') }], said.length > 0);
    }
  };

  const de = serverSaid ? inGerman(t) : {};
  const { atTop, described, errorText } = fieldErrors(errors, (p) => fieldOf(p)?.[1], de);

  return html`
    <form class="signup-form" aria-label=${t('signUp.formLabel')} noValidate onSubmit=${submit}>
      <div ref=${top} tabindex="-1" class=${errors.length ? 'form-errors' : undefined} aria-live="polite">
        ${errors.length > atTop.length ? html`<p><strong>${t('join.check')}</strong></p>` : null}
        ${atTop.length ? html`<ul ...${de}>${atTop.map((e) => html`<li>${e.detail}</li>`)}</ul>` : null}
      </div>
      <div class="field">
        <label for="a-name">${t('signUp.name')}</label>
        <input id="a-name" name="name" type="text" autocomplete="name" maxLength=${100} ...${described('a-name')} />
        ${errorText('a-name')}
      </div>
      <div class="field">
        <label for="a-email">${t('signUp.email')}</label>
        <p class="hint" id="a-email-hint">${t('signUp.emailHint')}</p>
        <input id="a-email" name="email" type="email" autocomplete="email" inputmode="email" maxLength=${254} required ...${described('a-email', 'a-email-hint')} />
        ${errorText('a-email')}
      </div>
      <div class="field">
        <label for="a-guests">${t('signUp.guests')}</label>
        <p class="hint" id="a-guests-hint">${t('signUp.guestsHint')}</p>
        <select id="a-guests" name="guests" class="narrow" ...${described('a-guests', 'a-guests-hint')}>
          ${Array.from({ length: MAX_GUESTS + 1 }, (_, n) => html`<option value=${String(n)}>${n}</option>`)}
        </select>
        ${errorText('a-guests')}
      </div>
      <div class="consent">
        <input type="checkbox" id="a-consent" name="consent" value="yes" required ...${described('a-consent')} />
        <label for="a-consent">${t('signUp.consent')}</label>
      </div>
      ${errorText('a-consent')}
      <div class="hp" aria-hidden="true">
        <label for="a-website">${t('join.honeypot')}</label>
        <input id="a-website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button type="submit">${t('signUp.send')}</button>
        <p role="status" class="busy">${busy === 'waiting' ? t('join.waiting') : busy === 'sending' ? t('join.sending') : ''}</p>
      </div>
    </form>`;
}
