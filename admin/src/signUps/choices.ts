/** Choices of a sign-up's status, from the sign-up schema's enum; their words come from the catalogue. */
import { SignUpStatus } from '../../../shared/schemas/signUp';

export const signUpStatusChoices = SignUpStatus.options.map((id) => ({ id, name: `app.enum.signUpStatus.${id}` }));
