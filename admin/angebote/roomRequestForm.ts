/**
 * Asking for a room without an account (?seite=raum&id=<room>&zentrum=<centre>, issue 34;
 * POST /v1/public/rooms/{id}/requests): what for, who asks, when (once or repeating, sent as an RRULE of
 * shared/domain/roomRecurrence.ts), how many come, what they need for accessibility, and an e-mail
 * address for the double opt-in. The room's facts stand above the form, the fee for the kind chosen and
 * the free times of the day chosen next to those fields. Like the other forms: every field labelled, a
 * refused field's German text below it (400), the proof of work and the honeypot; the room's rules
 * (422) and a time already taken (409) are said in an alert at the top, in the server's German words.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { recurrenceRule, type Repeat } from '../../shared/domain/roomRecurrence';
import { finderLink, getJson } from './core';
import { backArrow, inGerman, parts, type T } from './i18n';
import { paragraphs } from './areaPage';
import { askForRoom, PUBLIC_BOOKER_KINDS, ROOM_NEEDS, Refused, useProofOfWork, type FieldError, type RoomRequestFields } from './participationApi';
import { centreRooms, feeOf, kindLabel, RoomFacts, spans, type CentreRooms, type PublicRoom } from './roomFacts';
import { calendarDay, dateInWords } from './when';
import { useTitle } from './pageFocus';
import { fieldErrors } from './fieldErrors';

/** The fields an error's JSON pointer can belong to, in the order of the form (the first gets the focus). */
const FIELDS = [
  ['/body/purpose', 'r-purpose'], ['/body/bookerKind', 'r-kind'], ['/body/groupName', 'r-group'], ['/body/date', 'r-date'],
  ['/body/startTime', 'r-start'], ['/body/endTime', 'r-end'], ['/body/expectedPeople', 'r-people'], ['/body/accessibilityNeeds', 'r-needs'],
  ['/body/accessibilityNote', 'r-needs-note'], ['/body/recurrence', 'r-until'], ['/body/contact/email', 'r-email'], ['/body/contact/name', 'r-name'],
  ['/body/contact/phone', 'r-phone'], ['/body/consent', 'r-consent'],
] as const;
const fieldOf = (pointer: string) => FIELDS.find(([f]) => pointer === f || pointer.startsWith(`${f}/`));
/** Enough to catch a slip of the finger; the server checks the address properly. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REPEATS: ('none' | Repeat)[] = ['none', 'weekly', 'fortnightly', 'monthly'];
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type Loaded = { rooms: CentreRooms; room: PublicRoom; centreName?: string };
type Asked = { date: string; startTime: string; endTime: string; repeat: 'none' | Repeat; until: string };

export function RoomRequestPage({ t, p }: { t: T; p: URLSearchParams }) {
  const id = p.get('id') ?? '';
  const centreId = p.get('zentrum') ?? '';
  const [loaded, setLoaded] = useState<Loaded | 'missing' | 'error'>();
  /** What was sent, said again in the confirmation. */
  const [sent, setSent] = useState<Asked>();
  const heading = useRef<HTMLHeadingElement>(null);
  const sentHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    setSent(undefined);
    if (!id || !centreId) return setLoaded('missing');
    // The centre's name is a courtesy: without it the page still works.
    const name = getJson(`/public/centres/${encodeURIComponent(centreId)}?${new URLSearchParams({ lang: t.lang })}`).then(({ body }) => body?.name as string | undefined, () => undefined);
    Promise.all([centreRooms(centreId), name]).then(
      ([rooms, centreName]) => {
        const room = rooms?.rooms.find((r) => r.id === id && r.whoMayAsk === 'public');
        if (live) setLoaded(rooms && room ? { rooms, room, centreName } : 'missing');
      },
      () => live && setLoaded('error'),
    );
    return () => {
      live = false;
    };
  }, [id, centreId]);
  const room = typeof loaded === 'object' ? loaded.room : undefined;
  useTitle(t, room ? t('room.formHeading', { room: room.name }) : undefined, heading);
  useEffect(() => {
    if (sent) requestAnimationFrame(() => sentHeading.current?.focus());
  }, [sent]);

  const german = inGerman(t);
  const centreName = typeof loaded === 'object' ? loaded.centreName : undefined;
  const back = html`<p class="noprint"><a ...${finderLink({ seite: 'zentrum', id: centreId })}>${backArrow(t)} ${centreName ? parts(t, 'centre.back', { name: html`<span ...${german}>${centreName}</span>` }) : t('room.backToCentre')}</a></p>`;
  if (loaded === undefined) return html`${back}<p aria-live="polite">${t('loading')}</p>`;
  if (typeof loaded !== 'object') return html`${back}<h2>${t('room.ask')}</h2><p role="alert">${loaded === 'missing' ? t('room.notFound') : t('room.error')}</p>`;

  const r = loaded.room;
  return html`
    ${back}
    <article class="room-request">
      <h2 ref=${heading} tabindex="-1">${parts(t, 'room.formHeading', { room: html`<span ...${german}>${r.name}</span>` })}</h2>
      ${centreName ? html`<p ...${german}>${centreName}</p>` : null}
      <${RoomFacts} t=${t} room=${r} />
      ${r.houseRules ? html`<details class="house-rules"><summary>${t('room.houseRules')}</summary>${paragraphs(r.houseRules, german)}</details>` : null}
      ${sent
        ? html`<section class="confirm" aria-labelledby="room-sent-title">
            <h3 id="room-sent-title" ref=${sentHeading} tabindex="-1">${t('room.sentHeading')}</h3>
            <p><strong>${t('room.sent')}</strong></p>
            <p>${t('room.dates')}: ${dateInWords(t, { date: sent.date, opens: sent.startTime, closes: sent.endTime })}${sent.repeat !== 'none'
              ? html`<br />${t(`room.repeat.${sent.repeat}`)}, ${t('room.until')}: ${calendarDay(t, sent.until, { day: 'numeric', month: 'long', year: 'numeric' })}`
              : null}</p>
            <p>${t('room.sentNext')}</p>
          </section>`
        : html`<p class="intro">${t('room.formIntro')}</p>
          <${RoomRequestForm} t=${t} room=${r} days=${loaded.rooms} onSent=${setSent} />`}
    </article>`;
}

function RoomRequestForm({ t, room, days, onSent }: { t: T; room: PublicRoom; days: CentreRooms; onSent: (asked: Asked) => void }) {
  const [kind, setKind] = useState('');
  const [date, setDate] = useState('');
  const [repeat, setRepeat] = useState<'none' | Repeat>('none');
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** Whether the errors are the server's (German, whatever the page's language). */
  const [serverSaid, setServerSaid] = useState(false);
  /** The room's rules (422) or a time already taken (409): said at the top, as an alert. */
  const [refusedAs, setRefusedAs] = useState<409 | 422>();
  const [busy, setBusy] = useState<'waiting' | 'sending'>();
  const pow = useProofOfWork();
  const top = useRef<HTMLDivElement>(null);

  const earliest = addDays(days.from, room.leadDays);
  const chosenDay = room.days.find((d) => d.date === date);

  /** Shows the errors, and puts the focus on the first refused field (or on the message at the top). */
  const show = (found: FieldError[], fromServer: boolean, status?: 409 | 422) => {
    setErrors(found);
    setServerSaid(fromServer);
    setRefusedAs(status);
    requestAnimationFrame(() => {
      const first = status ? undefined : FIELDS.find(([f]) => found.some((e) => fieldOf(e.pointer)?.[0] === f));
      (first ? document.getElementById(first[1] === 'r-needs' ? 'r-needs-first' : first[1]) : top.current)?.focus();
    });
  };

  /** What can be said without asking the server; the server checks everything again, and the room's rules. */
  const check = (b: RoomRequestFields, until: string): FieldError[] => [
    ...(!b.purpose ? [{ pointer: '/body/purpose', detail: t('room.purposeMissing') }] : []),
    ...(!b.bookerKind ? [{ pointer: '/body/bookerKind', detail: t('room.kindMissing') }] : []),
    ...(!b.date ? [{ pointer: '/body/date', detail: t('room.dateMissing') }] : []),
    ...(!b.startTime ? [{ pointer: '/body/startTime', detail: t('room.startMissing') }] : []),
    ...(!b.endTime ? [{ pointer: '/body/endTime', detail: t('room.endMissing') }] : b.startTime && b.endTime <= b.startTime ? [{ pointer: '/body/endTime', detail: t('room.endBeforeStart') }] : []),
    ...(!(b.expectedPeople >= 1) ? [{ pointer: '/body/expectedPeople', detail: t('room.peopleMissing') }] : []),
    ...(repeat !== 'none' && (!until || (b.date && until <= b.date)) ? [{ pointer: '/body/recurrence', detail: t('room.untilMissing') }] : []),
    ...(!b.contact.email ? [{ pointer: '/body/contact/email', detail: t('signUp.emailMissing') }] : !EMAIL.test(b.contact.email) ? [{ pointer: '/body/contact/email', detail: t('signUp.emailInvalid') }] : []),
    ...(!b.consent ? [{ pointer: '/body/consent', detail: t('room.consentMissing') }] : []),
  ];

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const form = new FormData(e.target as HTMLFormElement);
    const value = (k: string) => String(form.get(k) ?? '').trim();
    const contact = Object.fromEntries((['email', 'name', 'phone'] as const).map((k) => [k, value(k)]).filter(([k, v]) => v || k === 'email')) as RoomRequestFields['contact'];
    const until = value('until');
    const body: RoomRequestFields = {
      purpose: value('purpose'), bookerKind: kind as RoomRequestFields['bookerKind'], ...(value('groupName') ? { groupName: value('groupName') } : {}),
      expectedPeople: Number(value('expectedPeople')), accessibilityNeeds: form.getAll('needs').map(String) as RoomRequestFields['accessibilityNeeds'],
      ...(value('accessibilityNote') ? { accessibilityNote: value('accessibilityNote') } : {}),
      date, startTime: value('startTime'), endTime: value('endTime'),
      contact, consent: (form.get('consent') === 'yes') as true, website: String(form.get('website') ?? ''),
    };
    const found = check(body, until);
    if (found.length) return show(found, false);
    if (repeat !== 'none') body.recurrence = recurrenceRule(date, repeat, until);
    setErrors([]);
    setRefusedAs(undefined);
    setBusy(pow.ready ? 'sending' : 'waiting');
    try {
      const proof = await pow.take();
      setBusy('sending');
      await askForRoom(room.id, body, proof);
      pow.stop();
      onSent({ date, startTime: body.startTime, endTime: body.endTime, repeat, until });
    } catch (err) {
      const refused = err instanceof Refused ? err : undefined;
      pow.afterRefusal(refused);
      setBusy(undefined);
      const status = refused?.status === 409 || refused?.status === 422 ? refused.status : undefined;
      // Only a 400 is about the fields; anything else (503: the e-mail could not be sent) is said at the top.
      const said = refused?.errors.map((x) => (refused.status === 400 || status ? x : { ...x, pointer: '' })) ?? [];
      if (said.length) show(said, true, status);
      else show([{ pointer: '', detail: refused?.status === 429 ? t('survey.limit') : t('room.failed') }], false);
    }
  };

  // A rule or a taken time concerns the request as a whole: all of it at the top, none by the fields.
  const de = serverSaid ? inGerman(t) : {};
  const { atTop, described, errorText, errorsOf } = fieldErrors(errors, (p) => (refusedAs ? undefined : fieldOf(p)?.[1]), de);
  const input = (id: string, name: string, label: string, attrs: Record<string, unknown>, hint?: string) => html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : null}
    <input id=${id} name=${name} ...${attrs} ...${described(id, hint ? `${id}-hint` : undefined)} />
    ${errorText(id)}
  </div>`;
  const fee = kind ? feeOf(t, room, kind) : undefined;

  return html`
    <form class="room-form" aria-label=${t('room.formLabel')} noValidate onSubmit=${submit}>
      <div ref=${top} tabindex="-1" class=${errors.length ? 'form-errors' : undefined} role="alert">
        ${refusedAs || errors.length > atTop.length
          ? html`<p><strong>${refusedAs === 409 ? t('room.takenRefused') : refusedAs === 422 ? t('room.rulesRefused') : t('join.check')}</strong></p>`
          : null}
        ${atTop.length ? html`<ul ...${de}>${atTop.map((e) => html`<li>${e.detail}</li>`)}</ul>` : null}
      </div>
      <div class="field">
        <label for="r-purpose">${t('room.purpose')}</label>
        <p class="hint" id="r-purpose-hint">${t('room.purposeHint')}</p>
        <textarea id="r-purpose" name="purpose" rows="3" maxLength=${500} required ...${described('r-purpose', 'r-purpose-hint')}></textarea>
        ${errorText('r-purpose')}
      </div>
      <div class="field">
        <label for="r-kind">${t('room.kind')}</label>
        <select id="r-kind" name="bookerKind" required value=${kind} ...${described('r-kind', 'r-kind-fee')} onChange=${(e: Event) => setKind((e.target as HTMLSelectElement).value)}>
          <option value="">${t('join.choose')}</option>
          ${PUBLIC_BOOKER_KINDS.map((k) => html`<option value=${k} selected=${k === kind}>${kindLabel(t, k)}</option>`)}
        </select>
        <p class="hint" id="r-kind-fee" aria-live="polite">${kind ? (fee ? t('room.feeFor', { kind: kindLabel(t, kind), amount: fee }) : t('room.feeNone', { kind: kindLabel(t, kind) })) : ''}</p>
        ${errorText('r-kind')}
      </div>
      ${input('r-group', 'groupName', t('room.groupName'), { type: 'text', maxLength: 200, autocomplete: 'organization' })}
      <div class="field">
        <label for="r-date">${t('room.date')}</label>
        <p class="hint" id="r-date-hint">${t('room.earliest', { date: calendarDay(t, earliest, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) })}</p>
        <input id="r-date" name="date" type="date" required min=${earliest} value=${date} ...${described('r-date', 'r-date-hint r-date-free')}
          onInput=${(e: Event) => setDate((e.target as HTMLInputElement).value)} />
        <p class="hint" id="r-date-free" aria-live="polite">${chosenDay
          ? chosenDay.free.length ? t('room.freeThatDay', { times: spans(t, chosenDay.free) }) : t('room.noneFreeThatDay')
          : ''}</p>
        ${errorText('r-date')}
      </div>
      <div class="pair">
        ${input('r-start', 'startTime', t('room.start'), { type: 'time', step: 900, required: true })}
        ${input('r-end', 'endTime', t('room.end'), { type: 'time', step: 900, required: true }, t('room.maxHours', { count: room.maxHours }))}
      </div>
      ${input('r-people', 'expectedPeople', t('room.people'), { type: 'number', min: 1, max: room.capacity, inputmode: 'numeric', required: true }, t('room.peopleHint', { count: room.capacity }))}
      <fieldset class="choices" aria-describedby=${errorsOf('r-needs').length ? 'r-needs-err' : undefined}>
        <legend>${t('room.needs')}</legend>
        ${errorText('r-needs')}
        ${ROOM_NEEDS.map((n, i) => html`<label><input type="checkbox" name="needs" value=${n} id=${i === 0 ? 'r-needs-first' : undefined} /> ${t(`room.need.${n}`)}</label>`)}
      </fieldset>
      ${input('r-needs-note', 'accessibilityNote', t('room.needsNote'), { type: 'text', maxLength: 500 })}
      <div class="pair">
        <div class="field">
          <label for="r-repeat">${t('room.repeat')}</label>
          <select id="r-repeat" name="repeat" value=${repeat} onChange=${(e: Event) => setRepeat((e.target as HTMLSelectElement).value as 'none' | Repeat)}>
            ${REPEATS.map((r) => html`<option value=${r} selected=${r === repeat}>${t(`room.repeat.${r}`)}</option>`)}
          </select>
        </div>
        ${repeat !== 'none' ? input('r-until', 'until', t('room.until'), { type: 'date', min: date || earliest, required: true }) : null}
      </div>
      <fieldset class="contact">
        <legend>${t('room.contact')}</legend>
        ${input('r-email', 'email', t('room.email'), { type: 'email', autocomplete: 'email', inputmode: 'email', maxLength: 254, required: true }, t('room.emailHint'))}
        ${input('r-name', 'name', t('room.name'), { type: 'text', autocomplete: 'name', maxLength: 200 })}
        ${input('r-phone', 'phone', t('room.phone'), { type: 'tel', autocomplete: 'tel', maxLength: 50 })}
        <div class="consent">
          <input type="checkbox" id="r-consent" name="consent" value="yes" required ...${described('r-consent')} />
          <label for="r-consent">${t('room.consent')}</label>
        </div>
        ${errorText('r-consent')}
      </fieldset>
      <div class="hp" aria-hidden="true">
        <label for="r-website">${t('join.honeypot')}</label>
        <input id="r-website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button type="submit">${t('room.send')}</button>
        <p role="status" class="busy">${busy === 'waiting' ? t('join.waiting') : busy === 'sending' ? t('join.sending') : ''}</p>
      </div>
    </form>`;
}

