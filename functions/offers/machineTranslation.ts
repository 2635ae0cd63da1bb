/**
 * Machine pre-translation of an offer's German texts with Amazon Translate: a first draft a person is
 * to confirm, never a finished translation. Only in AWS: the stage sets the month's character budget
 * (`MACHINE_TRANSLATION_CHARS_PER_MONTH`); without it (locally, where no such service runs) there is
 * none, and the route says so instead of pretending. Each request takes its characters from the month's
 * budget (shared/db/translateBudget.ts) before anything is sent, so the cost per month stays bounded.
 */
import type { TranslateClient } from '@aws-sdk/client-translate';
import { reserveTranslation } from '../../shared/db/translateBudget.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { sourceText, type OfferTranslation, type TranslatableOffer } from '../../shared/domain/translations.ts';
import { SOURCE_LANGUAGE, type Language } from '../../shared/i18n/languages.ts';
import { monthOf } from '../../shared/time/months.ts';
import { logger } from '../http/logger.ts';
import { problems } from '../http/problem.ts';
import { boundedClientConfig, withDeadline } from '../../shared/boundedClients.ts';

/** The month's budget in characters, or undefined where there is no machine translation. */
export function machineTranslationBudget(): number | undefined {
  const n = Number(process.env.MACHINE_TRANSLATION_CHARS_PER_MONTH);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

let client: TranslateClient | undefined;
async function translateClient(): Promise<TranslateClient> {
  // Loaded with the first draft asked for: the other routes of the function never need it.
  const { TranslateClient } = await import('@aws-sdk/client-translate');
  return (client ??= withDeadline(new TranslateClient(boundedClientConfig())));
}

/** The German texts of `offer` in `lang`, translated by Amazon Translate; throws TooManyError past the budget. */
export async function machineDraft(repo: Repository, offer: TranslatableOffer, lang: Language & { machine: string }, now: Date, budget: number): Promise<OfferTranslation> {
  const source = sourceText(offer);
  const notes = source.scheduleNotes ?? [];
  const texts = [source.title, source.description, source.costNote, source.accessibilityNote, ...notes];
  const chars = texts.reduce((n, t) => n + (t?.length ?? 0), 0);
  await reserveTranslation(repo, monthOf(now), chars, budget);
  const translate = await translateClient();
  const { TranslateTextCommand } = await import('@aws-sdk/client-translate');
  const one = async (text: string | undefined) =>
    text?.trim() ? (await translate.send(new TranslateTextCommand({ Text: text, SourceLanguageCode: SOURCE_LANGUAGE, TargetLanguageCode: lang.machine }))).TranslatedText : undefined;
  let out: (string | undefined)[];
  try {
    out = await Promise.all(texts.map(one));
  } catch (err) {
    // Throttled, too long, no access: the service's trouble, told as such, never a 500.
    logger.warn('Amazon Translate failed', { error: err as Error, target: lang.machine });
    throw problems.badGateway(`Amazon Translate failed: ${(err as Error).name}`, 'Die maschinelle Übersetzung hat gerade nicht geantwortet. Bitte später noch einmal versuchen oder selbst übersetzen.');
  }
  const [title, description, costNote, accessibilityNote, ...scheduleNotes] = out;
  const draft: OfferTranslation = { title, description, costNote, accessibilityNote, ...(notes.length ? { scheduleNotes: scheduleNotes.map((n) => n ?? '') } : {}) };
  return withinLimits(Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as OfferTranslation);
}

/**
 * A draft cut to the lengths a translation may have (its schema's): a translation runs longer than its
 * German text, and a draft the clerk could not save again would help nobody.
 */
async function withinLimits(draft: OfferTranslation): Promise<OfferTranslation> {
  // The contract has loaded the schema by the time a draft is asked for.
  const { OfferTranslation } = await import('../../shared/schemas/offer.ts');
  const max = (field: string, inner = false) => {
    const s = OfferTranslation.shape[field as keyof typeof OfferTranslation.shape].unwrap() as unknown as { maxLength: number | null; element?: { maxLength: number | null } };
    return (inner ? s.element?.maxLength : s.maxLength) ?? Infinity;
  };
  const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
  const out: OfferTranslation = {};
  for (const [field, value] of Object.entries(draft)) (out as Record<string, unknown>)[field] = Array.isArray(value) ? value.map((v) => cut(v, max(field, true))) : cut(value as string, max(field));
  return out;
}
