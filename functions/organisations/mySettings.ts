/**
 * One's own settings (GET/PUT /v1/me/settings): the caller's user record, whoever they are, of which
 * only these fields change: the goal report, the reminders, the public contact data, and the consent
 * to be shown publicly as a contact person. Consent is recorded with who gave it and when, and only
 * here: nobody consents for someone else. Withdrawing it takes the person off every public path
 * (the public pages read consent on each build); a photo replaced or withdrawn is deleted.
 * Access patterns: 1 (the caller's user record).
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
    const saved = await call.deps.repo.update(entities.user, me.id, { ...me, receivesReport, remindersOff, publicContact, publicConsent: consent }, version, { actor: call.actor, current: me });
    const oldPhoto = me.publicContact?.photo;
    if (oldPhoto && oldPhoto !== saved.publicContact?.photo) {
      const { deletePhoto } = await import('../../shared/media/photoStore.ts');
      await deletePhoto(currentTenant(), oldPhoto);
    }
    return { body: view(saved) };
  },
};
