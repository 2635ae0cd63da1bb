/**
 * The message of a list input's error: its own (a rule of the whole list), else the first of its
 * entries' (`languages.1`, `streets.3`), which inputs that show a list as one field (chips, a text with
 * one entry a line) do not show by themselves. zodResolver nests entry errors under their index.
 */
export function entryError(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const own = (error as { message?: unknown }).message;
  if (typeof own === 'string' && own) return own;
  return Object.values(error).map((e) => (e && typeof e === 'object' ? (e as { message?: unknown }).message : undefined)).find((m): m is string => typeof m === 'string' && !!m);
}
