/**
 * One's own settings (GET/PUT /v1/me/settings): the caller's user record, whoever they are, of which
 * only these fields change: the goal report, the reminders, the public contact data, and the consent
 * to be shown publicly as a contact person. Consent is recorded with who gave it and when, and only
 * here: nobody consents for someone else. Withdrawing it takes the person off every public path
 * (the public pages read consent on each build); a photo replaced or withdrawn is deleted unless
 * another record shows it.
 * Access patterns: 1 (the caller's user record); 2 (users and area profiles, before a photo is deleted).
 */
import { entities, type Item } from '../../shared/entities.ts';
import { currentTenant } from '../../shared/tenancy/scope.ts';
import type { Call, Impl } from '../http/types.ts';

const view = (me: Item) => ({
  id: 'settings',
  receivesReport: me.receivesReport ?? true,
  remindersOff: me.remindersOff ?? [],
  publicContact: me.publicContact,
  publicConsent: !!me.publicConsent,
  publicConsentAt: me.publicConsent?.at,
  version: me.version,
});

export const mySettingsImpls: Record<string, Impl> = {
  getMySettings: async (call) => ({ body: view(await call.deps.repo.get(entities.user, call.principal!.id)) }),
  updateMySettings: async (call: Call) => {
    const me = await call.deps.repo.get(entities.user, call.principal!.id);
    const { receivesReport, remindersOff, publicContact, publicConsent, version } = call.body;
    const consent = publicConsent ? (me.publicConsent ?? { at: call.deps.now().toISOString(), by: call.actor }) : undefined;
    // Without consent no photo is kept: it was public, and a withdrawal takes it off every path.
    const { photo, ...rest } = publicContact ?? {};
    const contact = publicContact ? { ...rest, ...(consent && photo ? { photo } : {}) } : undefined;
    const saved = await call.deps.repo.update(entities.user, me.id, { ...me, receivesReport, remindersOff, publicContact: contact, publicConsent: consent }, version, { actor: call.actor, current: me });
    const oldPhoto = me.publicContact?.photo;
    if (oldPhoto && oldPhoto !== saved.publicContact?.photo) await deleteIfUnused(call, oldPhoto);
    return { body: view(saved) };
  },
};

/**
 * Deletes a photo no record names any more. Photos are stored by their content's hash, so the same
 * picture may be a profile's too: a clerk's settings never delete what another record still shows.
 */
async function deleteIfUnused(call: Call, key: string) {
  const [users, profiles] = await Promise.all([call.deps.repo.listAll(entities.user), call.deps.repo.listAll(entities.areaProfile)]);
  const used = users.some((u) => u.publicContact?.photo === key) || profiles.some((p) => [...(p.photos ?? []), ...(p.published?.photos ?? [])].some((ph: Item) => ph.key === key));
  if (used) return;
  const { deletePhoto } = await import('../../shared/media/photoStore.ts');
  await deletePhoto(currentTenant(), key);
}
