/**
 * The texts staff write for the public pages, translated by the offers' rule (translations.ts): a
 * public profile's introduction and strengths, and a centre's notes on its hours, its closures and
 * its accessibility. Each has its German source in the translations' shape, and a localizer that
 * puts the best text for a language in its place, saying which language each field is in.
 */
import { pickTexts, type Picked, type Texts, type Translatable } from './translations.ts';

export interface ProfileTexts extends Translatable {
  intro?: string;
  strengths?: string;
}

export const PROFILE_TEXT_FIELDS = ['intro', 'strengths'] as const;
export const profileTexts = (p: ProfileTexts): Texts => ({ intro: p.intro, strengths: p.strengths });

export interface CentreTexts extends Translatable {
  hoursNote?: string;
  appointmentNote?: string;
  temporarilyClosed?: { note: string; until?: string };
  exceptions?: { note?: string }[];
  accessibility?: string;
}

export const CENTRE_TEXT_FIELDS = ['hoursNote', 'appointmentNote', 'closedNote', 'exceptionNotes', 'accessibility'] as const;
export const centreTexts = (c: CentreTexts): Texts => ({
  hoursNote: c.hoursNote,
  appointmentNote: c.appointmentNote,
  closedNote: c.temporarilyClosed?.note,
  exceptionNotes: (c.exceptions ?? []).map((e) => e.note ?? ''),
  accessibility: c.accessibility,
});

type Shown<T> = Omit<T, 'translations' | 'translationStatus' | 'textVersion' | 'textUpdatedAt'> & Pick<Picked, 'textLang' | 'translation'>;

const withoutBookkeeping = <T extends Translatable>({ translations: _t, translationStatus: _s, textVersion: _v, textUpdatedAt: _u, ...rest }: T) => rest;

/** A profile (or its published copy) with its texts in `code` where translated. */
export function localizeProfile<T extends ProfileTexts>(p: T, code: string): Shown<T> {
  const { texts, textLang, translation } = pickTexts(p, code, profileTexts, PROFILE_TEXT_FIELDS);
  return { ...withoutBookkeeping(p), ...(texts.intro ? { intro: texts.intro } : {}), ...(texts.strengths ? { strengths: texts.strengths } : {}), textLang, ...(translation ? { translation } : {}) } as Shown<T>;
}

/** A centre with its notes in `code` where translated. */
export function localizeCentre<T extends CentreTexts>(c: T, code: string): Shown<T> {
  const { texts, textLang, translation } = pickTexts(c, code, centreTexts, CENTRE_TEXT_FIELDS);
  const notes = texts.exceptionNotes as string[] | undefined;
  const out = { ...withoutBookkeeping(c), textLang, ...(translation ? { translation } : {}) } as Shown<T> & CentreTexts;
  if (texts.hoursNote) out.hoursNote = texts.hoursNote as string;
  if (texts.appointmentNote) out.appointmentNote = texts.appointmentNote as string;
  if (texts.accessibility) out.accessibility = texts.accessibility as string;
  if (texts.closedNote && c.temporarilyClosed) out.temporarilyClosed = { ...c.temporarilyClosed, note: texts.closedNote as string };
  if (notes && c.exceptions) out.exceptions = c.exceptions.map((e, i) => (notes[i]?.trim() ? { ...e, note: notes[i] } : e));
  return out;
}
