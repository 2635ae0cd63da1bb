/** The choices of the tenant forms: the German states (shared/format/labels.ts), the public pages' languages, a tenant's status. */
import type { Tenant } from '../../../shared/schemas/tenant';
import { STATE_DE } from '../../../shared/format/labels';
import { germanNameOf, LANGUAGE_CODES } from '../../../shared/i18n/languages';

export const stateChoices = Object.keys(STATE_DE).map((id) => ({ id, name: `app.enum.state.${id}` }));
/** By their German names, as staff read them (Türkisch, Leichte Sprache): not catalogue keys, so `translateChoice={false}`. */
export const languageChoices = LANGUAGE_CODES.map((id) => ({ id, name: germanNameOf(id) }));
export const TENANT_STATUSES = ['active', 'suspended'] as const satisfies readonly Tenant['status'][];
export const tenantStatusChoices = TENANT_STATUSES.map((id) => ({ id, name: `app.enum.tenantStatus.${id}` }));
