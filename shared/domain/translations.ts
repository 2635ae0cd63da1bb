/**
 * An offer's translations and how they know they are out of date.
 *
 * German is the source. Its translatable text (title, description, the schedules' notes, the cost note
 * and the accessibility note) has a version, `textVersion`, that goes up whenever any of it changes.
 * Each translation records the version it was made from (`basedOn`); older than the German text means
 * *möglicherweise veraltet* until someone updates or confirms it. The public pages still show it, with
 * a note. A machine draft stays marked as such until a person confirms it.
 *
 * Pure functions: the offers function keeps the bookkeeping, the public function picks the text.
 */
import { lookupOrder, SOURCE_LANGUAGE } from '../i18n/languages.ts';

/** One language's version of an offer's texts (`translations[code]`); what is missing falls back. */
export interface OfferTranslation {
  title?: string;
  description?: string;
  /** `schedules[i].description`, in the same order. */
  scheduleNotes?: string[];
  costNote?: string;
  accessibilityNote?: string;
}

/** Server-owned, per language: which German text the translation was made from, and by whom. */
export interface TranslationStatus {
  basedOn: number;
  machine: boolean;
  updatedAt: string;
  /** The actor who last confirmed it as right and current. */
  confirmedBy?: string;
}

/** The parts of an offer this module reads. */
export interface TranslatableOffer {
  title: string;
  description?: string;
  schedules?: { description?: string }[];
  cost?: { notes?: string };
  accessibility?: { notes?: string };
  translations?: Partial<Record<string, OfferTranslation>>;
  textVersion?: number;
  textUpdatedAt?: string;
  translationStatus?: Partial<Record<string, TranslationStatus>>;
}

export type TextField = keyof OfferTranslation;
export const TEXT_FIELDS: readonly TextField[] = ['title', 'description', 'scheduleNotes', 'costNote', 'accessibilityNote'];

/** The German text of an offer in the translations' shape. */
export function sourceText(o: TranslatableOffer): OfferTranslation {
  return tidy({
    title: o.title,
    description: o.description,
    scheduleNotes: (o.schedules ?? []).map((s) => s.description ?? ''),
    costNote: o.cost?.notes,
    accessibilityNote: o.accessibility?.notes,
  });
}

/**
 * Without empty fields, so that `''`, `[]` and a missing field compare alike; a list of schedule notes
 * without its trailing empty ones, so a schedule added without a note changes no text.
 */
function tidy(t: OfferTranslation | undefined): OfferTranslation {
  const out: OfferTranslation = {};
  for (const f of TEXT_FIELDS) {
    const v = t?.[f];
    if (Array.isArray(v)) {
      const notes = v.map((x) => x ?? '');
      while (notes.length && !notes.at(-1)!.trim()) notes.pop();
      if (notes.length) out.scheduleNotes = notes;
    } else if (typeof v === 'string' && v.trim()) (out as Record<string, unknown>)[f] = v;
  }
  return out;
}

const same = (a: OfferTranslation | undefined, b: OfferTranslation | undefined) => JSON.stringify(tidy(a)) === JSON.stringify(tidy(b));

export const isStale = (o: Pick<TranslatableOffer, 'textVersion' | 'translationStatus'>, code: string): boolean => {
  const status = o.translationStatus?.[code];
  return !!status && status.basedOn < (o.textVersion ?? 1);
};

/**
 * The server-owned bookkeeping of an offer being written: the German text's version (up by one when it
 * changed) and each translation's status. A translation whose text is new, or changed while the German
 * text stayed, was made by a person from the German text as it now is; one left as it was keeps its
 * status. One changed in the same write as the German text keeps the version it was made from: a clerk
 * who fixed the Turkish title need not have reread the changed German description, so it stays
 * *möglicherweise veraltet* until someone confirms it.
 */
export function trackTexts(before: TranslatableOffer | undefined, after: TranslatableOffer, now: Date, actor: string) {
  const at = now.toISOString();
  const germanChanged = !before || !same(sourceText(before), sourceText(after));
  const textVersion = !before ? 1 : (before.textVersion ?? 1) + (germanChanged ? 1 : 0);
  const textUpdatedAt = germanChanged ? at : (before?.textUpdatedAt ?? at);
  const translationStatus: Record<string, TranslationStatus> = {};
  for (const [code, t] of Object.entries(after.translations ?? {})) {
    if (!Object.keys(tidy(t)).length) continue;
    const kept = before?.translationStatus?.[code];
    if (kept && same(before?.translations?.[code], t)) translationStatus[code] = kept;
    else translationStatus[code] = { basedOn: kept && germanChanged ? kept.basedOn : textVersion, machine: false, updatedAt: at, confirmedBy: actor };
  }
  return { textVersion, textUpdatedAt, translationStatus };
}

/** A person confirms a translation as right for the German text as it now is. */
export function confirmed(o: TranslatableOffer, code: string, now: Date, actor: string): TranslationStatus {
  return { basedOn: o.textVersion ?? 1, machine: false, updatedAt: now.toISOString(), confirmedBy: actor };
}

/** What residents are told about the texts shown: in which language each is, and how far to trust it. */
export interface Localized {
  /** The language each text field is shown in. */
  textLang: Record<TextField, string>;
  /** Present when a shown text is a translation. */
  translation?: { lang: string; machine: boolean; stale: boolean; germanUpdatedAt?: string };
}

/**
 * The offer's texts in `code`, each field looked up in the language's order (its own, its fallbacks,
 * German last), with the language it came from. Fields are picked one by one: a translation without a
 * cost note still shows its title.
 */
export function localize<T extends TranslatableOffer>(o: T, code: string): Omit<T, 'translations' | 'translationStatus' | 'textVersion'> & Localized {
  const order = lookupOrder(code);
  const german = sourceText(o);
  // Schedule notes are taken as one list: from a language only if it has a note for every schedule that
  // has one in German, so no list mixes languages and `textLang` can name the one it is in.
  const germanNotes = german.scheduleNotes ?? [];
  const usable = (f: TextField, v: OfferTranslation[TextField]): boolean =>
    f === 'scheduleNotes' ? Array.isArray(v) && germanNotes.length > 0 && germanNotes.every((n, i) => !n.trim() || !!v[i]?.trim()) : typeof v === 'string' && !!v.trim();
  const pick = (f: TextField): [unknown, string] => {
    for (const lang of order) {
      const v = lang === SOURCE_LANGUAGE ? german[f] : o.translations?.[lang]?.[f];
      if (usable(f, v)) return [v, lang];
    }
    return [undefined, SOURCE_LANGUAGE];
  };
  const picked = Object.fromEntries(TEXT_FIELDS.map((f) => [f, pick(f)])) as Record<TextField, [unknown, string]>;
  const textLang = Object.fromEntries(TEXT_FIELDS.map((f) => [f, picked[f][1]])) as Record<TextField, string>;
  const { translations: _t, translationStatus, textVersion: _v, ...rest } = o;
  const out = { ...rest, textLang } as Omit<T, 'translations' | 'translationStatus' | 'textVersion'> & Localized & TranslatableOffer;
  out.title = picked.title[0] as string;
  if (picked.description[0] !== undefined) out.description = picked.description[0] as string;
  const notes = picked.scheduleNotes[0] as string[] | undefined;
  if (notes && o.schedules) out.schedules = o.schedules.map((s, i) => (notes[i]?.trim() ? { ...s, description: notes[i] } : s));
  if (picked.costNote[0] !== undefined && o.cost) out.cost = { ...o.cost, notes: picked.costNote[0] as string };
  if (picked.accessibilityNote[0] !== undefined && o.accessibility) out.accessibility = { ...o.accessibility, notes: picked.accessibilityNote[0] as string };
  const shown = [...new Set(Object.values(textLang))].find((l) => l !== SOURCE_LANGUAGE);
  if (shown) {
    const status = translationStatus?.[shown];
    out.translation = { lang: shown, machine: !!status?.machine, stale: isStale(o, shown), ...(o.textUpdatedAt ? { germanUpdatedAt: o.textUpdatedAt } : {}) };
  }
  return out;
}

/** The words an offer is found by in `code`: its texts there and in German. */
export function searchText(o: TranslatableOffer, code: string): string {
  const mine = code === SOURCE_LANGUAGE ? undefined : o.translations?.[code];
  return [o.title, o.description, mine?.title, mine?.description].filter(Boolean).join(' ');
}
