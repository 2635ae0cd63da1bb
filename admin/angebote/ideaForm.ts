/**
 * The form through which a resident sends an idea (POST /v1/public/ideas). Every field has a
 * visible label; a refused field gets its German text right below it (aria-describedby,
 * aria-invalid), anything else appears at the top in a live region. The proof of work starts when
 * the form appears and runs unseen; only if it is still busy when someone sends do they read
 * "Einen Moment bitte …".
 * Below the social space and quarter, a resident may also place the idea on a small map (optional;
 * Leaflet is loaded only when the map is opened, see placeMap.ts). A point set there is sent as
 * `location`, and the server derives the social space from it when none is chosen.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { config, getJson, type Areas } from './core';
import { useProofOfWork, Refused, submitIdea, type FieldError, type Submission } from './participationApi';
import type { T } from './i18n';
import { inGerman } from './i18n';
import { fieldErrors } from './fieldErrors';

const MAX_GROUPS = 3;
/** The fields an error's JSON pointer can belong to, in the order of the form (the first gets the focus). */
const FIELDS = [
  ['/body/text', 'i-text'], ['/body/theme', 'i-theme'], ['/body/targetGroups', 'i-groups'], ['/body/socialSpaceId', 'i-space'],
  ['/body/quarterId', 'i-quarter'], ['/body/contact/name', 'i-name'], ['/body/contact/email', 'i-email'], ['/body/contact/phone', 'i-phone'], ['/body/consent', 'i-consent'],
] as const;
const fieldOf = (pointer: string) => FIELDS.find(([f]) => pointer === f || pointer.startsWith(`${f}/`));

type At = { lat: number; lng: number };

/**
 * The optional map, in place below the selects: a click or tap sets the one marker. Leaflet and
 * placeMap.ts arrive as their own chunk when this appears. The container is described by the hint
 * and is a single tab stop (Tab leaves it as usual); the selects stay the accessible way to say where.
 */
function PlaceMap({ t, at, pick }: { t: T; at?: At; pick: (at: At) => void }) {
  const element = useRef<HTMLDivElement>(null);
  const shown = useRef<{ mark: (at?: At) => void; close: () => void }>();
  const [failed, setFailed] = useState(false);
  const latest = useRef({ at, pick });
  latest.current = { at, pick };
  useEffect(() => {
    let live = true;
    // The tenant's social spaces, to open the map on them (without them it opens all the same).
    const spaces = getJson('/public/boundaries/social-spaces.geojson').then(({ body }) => (body?.features ?? []).map((f: any) => f.geometry), () => []);
    Promise.all([import('./placeMap'), spaces]).then(
      ([m, areas]) => {
        if (!live || !element.current) return;
        shown.current = m.showPlaceMap(element.current, {
          at: latest.current.at, areas, markerLabel: t('join.mapMarker'), zoomLabels: { in: t('zoomIn'), out: t('zoomOut') }, tileUrl: config.mapTileUrl,
          pick: (p) => latest.current.pick(p),
        });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      shown.current?.close();
      shown.current = undefined;
    };
  }, []);
  useEffect(() => shown.current?.mark(at), [at]);
  return html`<div class="place-map-wrap" id="i-map-wrap">
    <p class="hint" id="i-map-hint">${t('join.mapHint')}</p>
    ${failed ? html`<p class="field-error">${t('join.mapFailed')}</p>` : null}
    <div ref=${element} class="map place-map" dir="ltr" role="region" aria-label=${t('join.mapLabel')} aria-describedby="i-map-hint" data-testid="idea-map"></div>
  </div>`;
}

type Props = { t: T; areas?: Areas; space: string; onSpace: (id: string) => void; onSent: (statusKey: string) => void };

export function IdeaForm({ t, areas, space, onSpace, onSent }: Props) {
  const [quarter, setQuarter] = useState('');
  const [groups, setGroups] = useState<string[]>([]);
  const [at, setAt] = useState<At>();
  const [mapOpen, setMapOpen] = useState(false);
  const mapButton = useRef<HTMLButtonElement>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** Whether the errors are the server's (German, whatever the page's language). */
  const [serverSaid, setServerSaid] = useState(false);
  const [busy, setBusy] = useState<'waiting' | 'sending'>();
  const pow = useProofOfWork();
  const top = useRef<HTMLDivElement>(null);

  const quarters = (areas?.quarters ?? []).filter((q) => !space || q.socialSpaceId === space);
  const chooseSpace = (id: string) => {
    onSpace(id);
    if (quarter && areas?.quarters.find((q) => q.id === quarter)?.socialSpaceId !== id) setQuarter('');
  };
  const chooseQuarter = (id: string) => {
    setQuarter(id);
    const of = areas?.quarters.find((q) => q.id === id)?.socialSpaceId;
    if (of && of !== space) onSpace(of);
  };
  /** Forgets the point; the focus goes back to the map's button, since the button that had it is gone. */
  const removePlace = () => {
    setAt(undefined);
    mapButton.current?.focus();
  };
  const toggleGroup = (g: string) => setGroups((now) => (now.includes(g) ? now.filter((x) => x !== g) : now.length < MAX_GROUPS ? [...now, g] : now));

  /** Shows the errors, and puts the focus on the first refused field (or on the message at the top). */
  const show = (found: FieldError[], fromServer = false) => {
    setErrors(found);
    setServerSaid(fromServer);
    requestAnimationFrame(() => {
      const first = FIELDS.find(([f]) => found.some((e) => fieldOf(e.pointer)?.[0] === f));
      (first ? document.getElementById(first[1] === 'i-groups' ? 'i-groups-first' : first[1]) : top.current)?.focus();
    });
  };

  /** What can be said without asking the server; the server checks everything again. */
  const check = (b: Submission): FieldError[] => [
    ...(b.text.trim().length < 10 ? [{ pointer: '/body/text', detail: t('join.textShort') }] : []),
    ...(!b.theme ? [{ pointer: '/body/theme', detail: t('join.themeMissing') }] : []),
    ...(!b.socialSpaceId && !b.quarterId && !b.location ? [{ pointer: '/body/socialSpaceId', detail: t('join.placeMissing') }] : []),
    ...(b.contact && !b.contact.email && !b.contact.phone ? [{ pointer: '/body/contact/email', detail: t('join.reachMissing') }] : []),
    ...(b.contact && !b.consent ? [{ pointer: '/body/consent', detail: t('join.consentMissing') }] : []),
  ];

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const form = new FormData(e.target as HTMLFormElement);
    const value = (k: string) => String(form.get(k) ?? '').trim();
    const contact = Object.fromEntries((['name', 'email', 'phone'] as const).map((k) => [k, value(k)]).filter(([, v]) => v));
    const given = Object.keys(contact).length > 0;
    const body: Submission = {
      text: String(form.get('text') ?? ''), theme: value('theme') as Submission['theme'], targetGroups: groups as Submission['targetGroups'],
      ...(space ? { socialSpaceId: space } : {}), ...(quarter ? { quarterId: quarter } : {}), ...(at ? { location: at } : {}),
      ...(given ? { contact, consent: form.get('consent') === 'yes' } : {}),
      website: String(form.get('website') ?? ''),
    };
    const found = check(body);
    if (found.length) return show(found);
    setErrors([]);
    setBusy(pow.ready ? 'sending' : 'waiting');
    try {
      const proof = await pow.take();
      setBusy('sending');
      const receipt = await submitIdea(body, proof);
      onSent(receipt.statusKey);
    } catch (err) {
      const refused = err instanceof Refused ? err : undefined;
      pow.afterRefusal(refused);
      setBusy(undefined);
      if (refused?.errors.length) show(refused.errors, true);
      else show([{ pointer: '', detail: t('join.failed') }]);
    }
  };

  const de = serverSaid ? inGerman(t) : {};
  const { atTop, described, errorText, errorsOf } = fieldErrors(errors, (p) => fieldOf(p)?.[1], de);
  const select = (id: string, label: string, value: string, onChange: (v: string) => void, empty: string, options: [string, string][], required = false) => html`
    <div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} value=${value} required=${required} ...${described(id)} onChange=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">${empty}</option>
        ${options.map(([v, l]) => html`<option value=${v} selected=${v === value}>${l}</option>`)}
      </select>
      ${errorText(id)}
    </div>`;

  return html`
    <form class="idea-form" aria-label=${t('join.formLabel')} noValidate onSubmit=${submit}>
      <div ref=${top} tabindex="-1" class=${errors.length ? 'form-errors' : undefined} aria-live="polite">
        ${errors.length ? html`<p><strong>${t('join.check')}</strong></p>` : null}
        ${atTop.length ? html`<ul ...${de}>${atTop.map((e) => html`<li>${e.detail}</li>`)}</ul>` : null}
      </div>
      <div class="field">
        <label for="i-text">${t('join.text')}</label>
        <p class="hint" id="i-text-hint">${t('join.textHint')}</p>
        <textarea id="i-text" name="text" rows="6" maxLength=${1500} required ...${described('i-text', 'i-text-hint')}></textarea>
        ${errorText('i-text')}
      </div>
      <div class="field">
        <label for="i-theme">${t('join.theme')}</label>
        <select id="i-theme" name="theme" required ...${described('i-theme')}>
          <option value="">${t('join.choose')}</option>
          ${(areas?.themes ?? []).map((x) => html`<option value=${x}>${t.label('theme', x)}</option>`)}
        </select>
        ${errorText('i-theme')}
      </div>
      <fieldset class="choices" aria-describedby=${errorsOf('i-groups').length ? 'i-groups-err' : undefined}>
        <legend>${t('join.targetGroups')}</legend>
        ${errorText('i-groups')}
        ${(areas?.targetGroups ?? []).map((g, i) => html`<label>
          <input type="checkbox" id=${i === 0 ? 'i-groups-first' : undefined} value=${g} checked=${groups.includes(g)}
            disabled=${!groups.includes(g) && groups.length >= MAX_GROUPS} onChange=${() => toggleGroup(g)} /> ${t.label('targetGroup', g)}
        </label>`)}
      </fieldset>
      <div class="pair">
        ${select('i-space', t('join.socialSpace'), space, chooseSpace, t('join.choose'), (areas?.socialSpaces ?? []).map((s) => [s.id, s.name]), !at)}
        ${select('i-quarter', t('join.quarter'), quarter, chooseQuarter, t('join.anyQuarter'), quarters.map((q) => [q.id, q.name]))}
      </div>
      <div class="place">
        <button type="button" class="secondary map-toggle" ref=${mapButton} aria-expanded=${mapOpen ? 'true' : 'false'} aria-controls=${mapOpen ? 'i-map-wrap' : undefined}
          onClick=${() => setMapOpen(!mapOpen)}>${mapOpen ? t('join.mapClose') : t('join.mapOpen')}</button>
        ${mapOpen ? html`<${PlaceMap} key=${t.lang} t=${t} at=${at} pick=${setAt} />` : null}
        <p class="place-chosen">
          <span aria-live="polite">${at ? t('join.mapChosen', { lat: at.lat.toFixed(4), lng: at.lng.toFixed(4) }) : ''}</span>
          ${at ? html` <button type="button" class="secondary" onClick=${removePlace}>${t('join.mapRemove')}</button>` : null}
        </p>
      </div>
      <fieldset class="contact">
        <legend>${t('join.contact')}</legend>
        <p class="hint">${t('join.contactHint')}</p>
        ${([['i-name', 'name', t('join.name'), 'text', 'name'], ['i-email', 'email', t('join.email'), 'email', 'email'], ['i-phone', 'phone', t('join.phone'), 'tel', 'tel']] as const).map(
          ([id, name, label, type, auto]) => html`<div class="field">
            <label for=${id}>${label}</label>
            <input id=${id} name=${name} type=${type} autocomplete=${auto} ...${described(id)} />
            ${errorText(id)}
          </div>`,
        )}
        <div class="consent">
          <input type="checkbox" id="i-consent" name="consent" value="yes" ...${described('i-consent')} />
          <label for="i-consent">${t('join.consent')}</label>
        </div>
        ${errorText('i-consent')}
      </fieldset>
      <div class="hp" aria-hidden="true">
        <label for="i-website">${t('join.honeypot')}</label>
        <input id="i-website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <p class="hint">${t('join.moderated')}</p>
      <div class="actions">
        <button type="submit">${t('join.send')}</button>
        <p role="status" class="busy">${busy === 'waiting' ? t('join.waiting') : busy === 'sending' ? t('join.sending') : ''}</p>
      </div>
    </form>`;
}
