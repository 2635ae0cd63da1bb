/**
 * The question builder's rules: which kinds offer answers to choose from, the short name made from
 * a prompt, the answers as lines of a text field, and what the form sends.
 */

/** Single and multiple choice list their answers; a scale (1–5) and a short text have none. */
export const hasOptions = (kind: unknown) => kind === 'single' || kind === 'multiple';

const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const SHORT = 30;

/**
 * A question's short name from its prompt: lowercase words joined by hyphens, umlauts spelled
 * out, whole words up to 30 characters, numbered on when taken ("Wo treffen Sie sich?" →
 * "wo-treffen-sie-sich"). Empty when the prompt has no letters or digits.
 */
export function slugOf(prompt: string, taken: readonly string[] = []): string {
  const words = prompt
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => SPELLED_OUT[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let base = '';
  for (const word of words) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > SHORT) break;
    base = next;
  }
  if (!base && words.length) base = words[0].slice(0, SHORT);
  if (!base || !taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The answers shown one per line (the stored list), and read back line by line as typed (blank lines kept while typing). */
export const linesOf = (options: unknown) => (Array.isArray(options) ? options.join('\n') : typeof options === 'string' ? options : '');
export const toLines = (text: string) => (text ? text.split('\n') : []);

/** Whether residents have answered: then the questions are frozen (the API answers 409 to a change). */
export const isLocked = (record: Record<string, any> | undefined) => Number(record?.responses ?? 0) > 0;

/**
 * What the form sends: each choice question's answers trimmed, blank lines dropped; none for a scale
 * or a text (the form keeps what was typed before the kind changed). Answered questions go back
 * exactly as loaded, as the API compares them with the stored ones.
 */
export function sentQuestions<T extends Record<string, any>>(values: T): T {
  if (isLocked(values) || !Array.isArray(values.questions)) return values;
  const questions = values.questions.map((q: Record<string, any> | null) =>
    q && { ...q, options: hasOptions(q.kind) ? (Array.isArray(q.options) ? q.options : []).map((o: unknown) => String(o ?? '').trim()).filter(Boolean) : [] },
  );
  return { ...values, questions };
}
