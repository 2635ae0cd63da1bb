/**
 * What the profile's pages share: its title (the quarter's or the space's name) and the line that
 * says which version the public sees, from when and by whom, or that nothing is published yet.
 */
import { Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { ReferenceField, TextField, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { dateLabel } from '../../../shared/time/months';
import { principal } from '../authProvider';
import type { AppDataProvider } from '../dataProvider';

/** "Öffentliches Profil: Hammer Norden" (the quarter's name for a quarter's profile). */
export function ProfileTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const [source, reference] = record.quarterId ? ['quarterId', 'quarters'] : ['socialSpaceId', 'social-spaces'];
  return (
    <span>
      {translate('resources.area-profiles.name', { smart_count: 1 })}:{' '}
      <ReferenceField source={source} reference={reference} link={false}><TextField source="name" /></ReferenceField>
    </span>
  );
}

/** The name of whoever an actor (`user:u-…`) is: oneself, or a colleague of the space; the system (`system:…`, the seed); else the actor without its kind. */
function useActorName(actor: string | undefined, socialSpaceId: string | undefined): string | undefined {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const me = principal();
  const userId = actor?.startsWith('user:') ? actor.slice(5) : undefined;
  const own = me?.kind === 'user' && me.id === userId ? me.name : undefined;
  const [staffName, setStaffName] = useState<string>();
  useEffect(() => {
    if (!userId || own || !socialSpaceId) return;
    let current = true;
    dataProvider.staff(socialSpaceId).then((staff) => current && setStaffName(staff.find((s) => s.id === userId)?.name), () => undefined);
    return () => {
      current = false;
    };
  }, [dataProvider, userId, own, socialSpaceId]);
  if (actor?.startsWith('system:')) return translate('app.profile.system');
  return own ?? staffName ?? actor?.replace(/^(user|apikey|operator):/, '');
}

const sameDraft = (r: any) =>
  JSON.stringify([r.intro ?? '', r.strengths ?? '', r.photos ?? []]) === JSON.stringify([r.published?.intro ?? '', r.published?.strengths ?? '', r.published?.photos ?? []]);

/** "Veröffentlicht: Version 3 am 12.05.2026 von Nora Norden", or "Noch nicht veröffentlicht"; and whether the saved draft differs. */
export function PublicationStatus() {
  const record = useRecordContext();
  const translate = useTranslate();
  const published = record?.published;
  const by = useActorName(published?.by, record?.socialSpaceId);
  if (!record) return null;
  return (
    <div data-testid="publication-status">
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {published ? translate('app.profile.published', { version: published.version, date: dateLabel(published.at), by: by ?? '' }) : translate('app.profile.not_published')}
      </Typography>
      {published && !sameDraft(record) && <Typography variant="body2" color="text.secondary">{translate('app.profile.draft_differs')}</Typography>}
    </div>
  );
}
