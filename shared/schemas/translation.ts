/**
 * What every record with translatable German texts carries (shared/domain/translations.ts): the
 * texts in other languages, which the client writes, and the server-owned bookkeeping that tells a
 * translation out of date. Offers, public profiles and centres share it.
 */
import * as z from 'zod';
import { TRANSLATION_CODES } from '../i18n/languages.ts';
import { IsoDateTime } from './common.ts';

/** A language a text can be translated into: every configured one but German. */
export const TranslationCode = z.enum(TRANSLATION_CODES as [string, ...string[]]);

export const TranslationStatus = z.object({
  basedOn: z.number().int().min(1),
  machine: z.boolean(),
  updatedAt: IsoDateTime,
  confirmedBy: z.string().optional(),
});

/** `translations`, keyed by language: one language's texts in the shape given. A PUT without it keeps the stored ones. */
export const translationsOf = <S extends z.ZodRawShape>(shape: S) => z.partialRecord(TranslationCode, z.strictObject(shape)).optional();

/** The server-owned bookkeeping (the entity's `readonly` fields). */
export const translationBookkeeping = {
  /** The version of the German text; up by one whenever a translatable German field changes. */
  textVersion: z.number().int().min(1).optional(),
  /** When the German text last changed (residents see it beside an older translation). */
  textUpdatedAt: IsoDateTime.optional(),
  /** Per language: the German text version it was made from, machine draft or not, who confirmed it. */
  translationStatus: z.partialRecord(TranslationCode, TranslationStatus).optional(),
};

/** What residents are told about the translation shown: its language, and how far to trust it. */
export const ShownTranslation = z.object({ lang: z.string(), machine: z.boolean(), stale: z.boolean(), germanUpdatedAt: IsoDateTime.optional() });
