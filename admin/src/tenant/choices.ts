/** The choices of the tenant forms: the spatial levels and the German states (shared/format/labels.ts), the public pages' languages, a tenant's status. */
import type { Tenant } from '../../../shared/schemas/tenant';
import { SPATIAL_LEVEL_DE, STATE_DE } from '../../../shared/format/labels';
import { SPATIAL_LEVELS } from '../../../shared/schemas/values';
import { germanNameOf, LANGUAGE_CODES } from '../../../shared/i18n/languages';

export const stateChoices = Object.keys(STATE_DE).map((id) => ({ id, name: `app.enum.state.${id}` }));
/** The levels a tenant may have, by their usual German names (the tenant's own name goes beside). */
export const levelChoices = SPATIAL_LEVELS.map((id) => ({ id, name: SPATIAL_LEVEL_DE[id] }));
/** By their German names, as staff read them (Türkisch, Leichte Sprache): not catalogue keys, so `translateChoice={false}`. */
export const languageChoices = LANGUAGE_CODES.map((id) => ({ id, name: germanNameOf(id) }));
export const TENANT_STATUSES = ['active', 'suspended'] as const satisfies readonly Tenant['status'][];
export const tenantStatusChoices = TENANT_STATUSES.map((id) => ({ id, name: `app.enum.tenantStatus.${id}` }));
