/**
 * Create and Edit pages of a resource from its zod schemas and its shared inputs (the react-admin
 * demo's XInputs pattern): create returns to the list, edit keeps optimistic versioning (AppEdit).
 */
import type { ComponentType } from 'react';
import { Create, SimpleForm, type RedirectionSideEffect } from 'react-admin';
import type { z } from 'zod';
import { AppEdit } from './AppEdit';
import { zodResolver } from './zodResolver';

export function simpleResource(schemas: { input: z.ZodType; update: z.ZodType }, Inputs: ComponentType, redirect: RedirectionSideEffect = 'show') {
  const create = () => (
    <Create redirect={redirect}>
      <SimpleForm resolver={zodResolver(schemas.input)}><Inputs /></SimpleForm>
    </Create>
  );
  const edit = () => (
    <AppEdit redirect={redirect}>
      <SimpleForm resolver={zodResolver(schemas.update)}><Inputs /></SimpleForm>
    </AppEdit>
  );
  return { create, edit };
}
