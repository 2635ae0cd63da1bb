/** The Create and Edit pages of simpleResource.tsx, in their own chunk (loaded with the first form shown). */
import type { ComponentType } from 'react';
import { Create, SimpleForm, type RedirectionSideEffect } from 'react-admin';
import type * as z from 'zod';
import { AppEdit } from './AppEdit';
import { zodResolver } from './zodResolver';

export interface SimpleFormProps {
  schema: z.ZodType;
  Inputs: ComponentType;
  redirect: RedirectionSideEffect;
}

export function SimpleCreate({ schema, Inputs, redirect }: SimpleFormProps) {
  return (
    <Create redirect={redirect}>
      <SimpleForm resolver={zodResolver(schema)}><Inputs /></SimpleForm>
    </Create>
  );
}

export function SimpleEdit({ schema, Inputs, redirect }: SimpleFormProps) {
  return (
    <AppEdit redirect={redirect}>
      <SimpleForm resolver={zodResolver(schema)}><Inputs /></SimpleForm>
    </AppEdit>
  );
}
