/**
 * The one rule for matching search words across the scripts residents write in: case folded, accents
 * and other combining marks removed (Müller → muller, Ёлка → елка), German ß as ss, Turkish dotted İ and
 * dotless ı as i (so İstanbul, ISTANBUL and istanbul meet), Arabic short-vowel marks and tatweel removed,
 * its alef, ya and ta marbuta forms unified, and Arabic-Indic digits as 0–9.
 */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_LETTERS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ئ': 'ي', 'ؤ': 'و', 'ة': 'ه' };
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

export const fold = (s: unknown): string =>
  String(s ?? '')
    .replace(/[İIı]/g, 'i')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    // й is a letter of its own in Russian and Ukrainian, not и with a mark.
    .replace(/и\u0306/g, 'й')
    .replace(/\p{M}/gu, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱىئؤة]/g, (c) => ARABIC_LETTERS[c]!)
    .replace(ARABIC_DIGIT, (d) => String(d.charCodeAt(0) & 0xf));
