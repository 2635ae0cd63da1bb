/**
 * The forms' errors, each tied to its field for screen readers (`aria-describedby`, `aria-invalid`)
 * and shown under it; those no field owns go to the top of the form. One rule for every form of the
 * finder (ideas, sign-ups, room requests).
 */
import { html } from 'htm/preact';
import type { FieldError } from './participationApi';

/** `fieldOf` names the field (its element id) an error's pointer belongs to, or none; `de` marks server texts as German. */
export function fieldErrors(errors: FieldError[], fieldOf: (pointer: string) => string | undefined, de: Record<string, unknown>) {
  const errorsOf = (id: string) => errors.filter((e) => fieldOf(e.pointer) === id);
  /** The attributes that tie a field to its hint and its error text. */
  const described = (id: string, hint?: string) => {
    const bad = errorsOf(id).length > 0;
    const ids = [hint, bad ? `${id}-err` : undefined].filter(Boolean).join(' ');
    return { 'aria-describedby': ids || undefined, 'aria-invalid': bad ? 'true' : undefined };
  };
  const errorText = (id: string) => (errorsOf(id).length ? html`<p class="field-error" id=${`${id}-err`} ...${de}>${errorsOf(id).map((e) => e.detail).join(' ')}</p>` : null);
  return { errorsOf, described, errorText, atTop: errors.filter((e) => fieldOf(e.pointer) === undefined) };
}
