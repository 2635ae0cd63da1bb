/**
 * Form validation with the shared zod schemas (the same ones the API uses), as a
 * react-hook-form resolver. Empty inputs count as "not set", as in the data provider.
 */
import type { FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod';
import { clean } from '../dataProvider';

export function zodResolver(schema: z.ZodType): Resolver<FieldValues> {
  return async (values) => {
    const result = schema.safeParse(clean(values));
    // Computed fields sent back by the API (and a form's own helper fields) are not the user's concern.
    const issues = result.success ? [] : result.error.issues.filter((issue) => issue.code !== 'unrecognized_keys');
    if (!issues.length) return { values, errors: {} };
    const errors: Record<string, any> = {};
    for (const issue of issues) {
      // A select of several values is one input: a rule an entry breaks (a theme the tenant no longer has) shows on the list.
      const onList = issue.code === 'custom' && typeof issue.path.at(-1) === 'number';
      const path = (onList ? issue.path.slice(0, -1) : issue.path).map(String);
      let node = errors;
      path.forEach((p, i) => {
        if (i === path.length - 1) node[p] ??= { type: issue.code, message: issue.message };
        else node = node[p] ??= {};
      });
      if (!path.length) errors.root = { type: issue.code, message: issue.message };
    }
    return { values: {}, errors };
  };
}
