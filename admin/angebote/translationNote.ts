/**
 * What a page says about a translation it shows (an offer's, a profile's, a centre's notes): made by a
 * machine, or older than the German text. Nothing where the texts are German or the translation is current.
 */
import { html } from 'htm/preact';
import type { T } from './i18n';
import { instantDay } from './when';

export interface ShownTranslation {
  lang: string;
  machine: boolean;
  stale: boolean;
  germanUpdatedAt?: string;
}

export function TranslationNote({ t, translation: tr }: { t: T; translation?: ShownTranslation }) {
  if (!tr || tr.lang === 'de' || (!tr.machine && !tr.stale)) return null;
  return html`<div class="translation-note" role="note">
    ${tr.machine ? html`<p>${t('translation.machine')}</p>` : null}
    ${tr.stale ? html`<p>${t('translation.stale', { date: tr.germanUpdatedAt ? instantDay(t, tr.germanUpdatedAt) : '' })}</p>` : null}
  </div>`;
}
