/**
 * The shared schema's rules on what the form sends (./questions.ts): the answers typed one per line
 * become the list the API expects, and that list is what is submitted (react-hook-form submits the
 * resolver's values). An error on one answer line is shown on the answers field, which holds all lines.
 */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod';
import { zodResolver } from '../common/zodResolver';
import { sentQuestions } from './questions';

/** The first error message below a node of the error tree. */
function firstError(node: any): any {
  if (!node || typeof node !== 'object') return undefined;
  if (typeof node.message === 'string') return node;
  for (const child of Object.values(node)) {
    const found = firstError(child);
    if (found) return found;
  }
  return undefined;
}

export function surveyResolver(schema: z.ZodType): Resolver<FieldValues> {
  const base = zodResolver(schema);
  return async (values, context, options) => {
    // On success zodResolver hands back what it was given: the values as sent.
    const result = await base(sentQuestions(values), context, options);
    const questions = (result.errors as Record<string, any>).questions;
    if (!questions || typeof questions.message === 'string') return result;
    const lifted: Record<string, any> = {};
    for (const [i, q] of Object.entries<any>(questions)) lifted[i] = q?.options && typeof q.options.message !== 'string' ? { ...q, options: firstError(q.options) } : q;
    return { values: {}, errors: { ...result.errors, questions: lifted } as FieldErrors };
  };
}
