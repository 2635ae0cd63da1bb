/**
 * Translations of German texts staff write, and how they know they are out of date: an offer's, and
 * (shared/domain/staffTexts.ts) a public profile's and a centre's. One rule for all of them.
 *
 * German is the source. A record's translatable text (an offer's title, description, the schedules' notes, the cost note
 * and the accessibility note) has a version, `textVersion`, that goes up whenever any of it changes.
 * Each translation records the version it was made from (`basedOn`); older than the German text means
 * *möglicherweise veraltet* until someone updates or confirms it. The public pages still show it, with
 * a note. A machine draft stays marked as such until a person confirms it.
 *
 * Pure functions: the offers function keeps the bookkeeping, the public function picks the text.
 */
import { lookupOrder, SOURCE_LANGUAGE } from '../i18n/languages.ts';

/** One language's version of an offer's texts (`translations[code]`); what is missing falls back. */
export type OfferTranslation = {
  title?: string;
  description?: string;
  /** `schedules[i].description`, in the same order. */
  scheduleNotes?: string[];
  costNote?: string;
  accessibilityNote?: string;
};

/** Server-owned, per language: which German text the translation was made from, and by whom. */
export interface TranslationStatus {
  basedOn: number;
  machine: boolean;
  updatedAt: string;
  /** The actor who last confirmed it as right and current. */
  confirmedBy?: string;
}

/**
 * One language's version of a record's texts: each a string, or a list of strings in the order of
 * their German ones (one per schedule, per exception…). The German text has the same shape.
 */
export type Texts = Partial<Record<string, string | string[]>>;

/** The bookkeeping every translatable record carries (server-owned but `translations`). */
export interface Translatable {
  translations?: Partial<Record<string, Texts>>;
  textVersion?: number;
  textUpdatedAt?: string;
  translationStatus?: Partial<Record<string, TranslationStatus>>;
}

/** The parts of an offer this module reads. */
export interface TranslatableOffer extends Translatable {
  title: string;
  description?: string;
  schedules?: { description?: string }[];
  cost?: { notes?: string };
  accessibility?: { notes?: string };
  translations?: Partial<Record<string, OfferTranslation>>;
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
  }) as OfferTranslation;
}

/**
 * Without empty fields and in the order of their names, so that `''`, `[]` and a missing field compare
 * alike; a list without its trailing empty entries, so a schedule added without a note changes no text.
 */
function tidy(t: Texts | undefined): Texts {
  const out: Texts = {};
  for (const f of Object.keys(t ?? {}).sort()) {
    const v = t![f];
    if (Array.isArray(v)) {
      const notes = v.map((x) => x ?? '');
      while (notes.length && !notes.at(-1)!.trim()) notes.pop();
      if (notes.length) out[f] = notes;
    } else if (typeof v === 'string' && v.trim()) out[f] = v;
  }
  return out;
}

const same = (a: Texts | undefined, b: Texts | undefined) => JSON.stringify(tidy(a)) === JSON.stringify(tidy(b));

export const isStale = (o: Pick<Translatable, 'textVersion' | 'translationStatus'>, code: string): boolean => {
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
export function trackTexts<T extends Translatable>(before: T | undefined, after: T, now: Date, actor: string, source: (o: T) => Texts) {
  const at = now.toISOString();
  const germanChanged = !before || !same(source(before), source(after));
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
export function confirmed(o: Translatable, code: string, now: Date, actor: string): TranslationStatus {
  return { basedOn: o.textVersion ?? 1, machine: false, updatedAt: now.toISOString(), confirmedBy: actor };
}

/** What residents are told about the texts shown: in which language each is, and how far to trust it. */
export interface Localized {
  /** The language each text field is shown in. */
  textLang: Record<TextField, string>;
  /** Present when a shown text is a translation. */
  translation?: { lang: string; machine: boolean; stale: boolean; germanUpdatedAt?: string };
}

/** A record's texts as residents get them in `code`: each field's text, the language it is in, and the note on the translation shown. */
export interface Picked {
  texts: Texts;
  textLang: Record<string, string>;
  translation?: Localized['translation'];
}

/**
 * The texts of `o` in `code`, each field looked up in the language's order (its own, its fallbacks,
 * German last), with the language it came from. Fields are picked one by one; a list is taken as one,
 * from a language only if it has an entry for every German one, so no list mixes languages.
 */
export function pickTexts<T extends Translatable>(o: T, code: string, source: (o: T) => Texts, fields: readonly string[]): Picked {
  const order = lookupOrder(code);
  const german = tidy(source(o));
  const usable = (f: string, v: Texts[string]): boolean => {
    const g = german[f];
    if (Array.isArray(g)) return Array.isArray(v) && g.length > 0 && g.every((n, i) => !n.trim() || !!v[i]?.trim());
    return typeof v === 'string' && !!v.trim();
  };
  const texts: Texts = {};
  const textLang: Record<string, string> = {};
  for (const f of fields) {
    textLang[f] = SOURCE_LANGUAGE;
    for (const lang of order) {
      const v = lang === SOURCE_LANGUAGE ? german[f] : o.translations?.[lang]?.[f];
      if (usable(f, v)) {
        texts[f] = v;
        textLang[f] = lang;
        break;
      }
    }
  }
  const shown = [...new Set(Object.values(textLang))].find((l) => l !== SOURCE_LANGUAGE);
  const status = shown ? o.translationStatus?.[shown] : undefined;
  return {
    texts,
    textLang,
    ...(shown ? { translation: { lang: shown, machine: !!status?.machine, stale: isStale(o, shown), ...(o.textUpdatedAt ? { germanUpdatedAt: o.textUpdatedAt } : {}) } } : {}),
  };
}

/**
 * The offer's texts in `code`, each field looked up in the language's order (its own, its fallbacks,
 * German last), with the language it came from. Fields are picked one by one: a translation without a
 * cost note still shows its title.
 */
export function localize<T extends TranslatableOffer>(o: T, code: string): Omit<T, 'translations' | 'translationStatus' | 'textVersion'> & Localized {
  const { texts, textLang, translation } = pickTexts(o, code, sourceText, TEXT_FIELDS);
  const { translations: _t, translationStatus: _s, textVersion: _v, ...rest } = o;
  const out = { ...rest, textLang: textLang as Localized['textLang'], ...(translation ? { translation } : {}) } as Omit<T, 'translations' | 'translationStatus' | 'textVersion'> & Localized & TranslatableOffer;
  out.title = (texts.title as string | undefined) ?? o.title;
  if (texts.description !== undefined) out.description = texts.description as string;
  const notes = texts.scheduleNotes as string[] | undefined;
  if (notes && o.schedules) out.schedules = o.schedules.map((s, i) => (notes[i]?.trim() ? { ...s, description: notes[i] } : s));
  if (texts.costNote !== undefined && o.cost) out.cost = { ...o.cost, notes: texts.costNote as string };
  if (texts.accessibilityNote !== undefined && o.accessibility) out.accessibility = { ...o.accessibility, notes: texts.accessibilityNote as string };
  return out;
}

/** The words an offer is found by in `code`: its texts there and in German. */
export function searchText(o: TranslatableOffer, code: string): string {
  const mine = code === SOURCE_LANGUAGE ? undefined : o.translations?.[code];
  return [o.title, o.description, mine?.title, mine?.description].filter(Boolean).join(' ');
}
