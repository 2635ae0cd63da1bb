/** The shared schema's rules, and one the schema cannot know: an idea is no duplicate of itself. */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod';
import { zodResolver } from '../common/zodResolver';

export function ideaResolver(schema: z.ZodType): Resolver<FieldValues> {
  const base = zodResolver(schema);
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (!values.duplicateOf || values.duplicateOf !== values.id) return result;
    const errors = { ...result.errors, duplicateOf: { type: 'custom', message: 'app.idea.self_duplicate' } } as FieldErrors;
    return { values: {}, errors };
  };
}
