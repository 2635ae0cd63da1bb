/**
 * Create and Edit pages of a resource from its zod schemas and its shared inputs (the react-admin
 * demo's XInputs pattern): create returns to the list, edit keeps optimistic versioning (AppEdit).
 * The forms load with the first one shown (simpleForms.tsx), not with the admin.
 */
import type { ComponentType } from 'react';
import type { RedirectionSideEffect } from 'react-admin';
import type * as z from 'zod';
import { lazyPage } from './lazyPage';

const SimpleCreate = lazyPage(() => import('./simpleForms'), 'SimpleCreate');
const SimpleEdit = lazyPage(() => import('./simpleForms'), 'SimpleEdit');

export function simpleResource(schemas: { input: z.ZodType; update: z.ZodType }, Inputs: ComponentType, redirect: RedirectionSideEffect = 'show') {
  const create = () => <SimpleCreate schema={schemas.input} Inputs={Inputs} redirect={redirect} />;
  const edit = () => <SimpleEdit schema={schemas.update} Inputs={Inputs} redirect={redirect} />;
  return { create, edit };
}
