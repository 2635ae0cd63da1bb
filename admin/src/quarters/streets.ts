/** A quarter's street directory as text, a street per line, and back (the quarter form's "Straßen"). */

/** The streets of a text: one a line, trimmed, empty lines and repeats left out, in the order given. */
export const streetsOf = (text: string): string[] => [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];

/** Whether a text already stands for a list (so the text as typed can stay). */
export const textMatches = (text: string, streets: readonly string[]): boolean => {
  const parsed = streetsOf(text);
  return parsed.length === streets.length && parsed.every((s, i) => s === streets[i]);
};
