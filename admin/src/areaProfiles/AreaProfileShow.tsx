/** A profile as its readers see the draft: texts, photos with their descriptions, and what is published. */
import { Box, Stack, Typography } from '@mui/material';
import { EditButton, FunctionField, Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { authorize } from '../../../shared/policy';
import { principal } from '../authProvider';
import { photoAddress } from '../common/PhotoInput';
import { ProfileTitle, PublicationStatus } from './ProfileParts';

function Actions() {
  const record = useRecordContext();
  const me = principal();
  return <TopToolbar>{record && me && authorize(me, 'area-profiles', 'update', { before: record }).allowed && <EditButton />}</TopToolbar>;
}

function Photos() {
  const record = useRecordContext();
  const translate = useTranslate();
  const photos: { key: string; alt: string; caption?: string }[] = record?.photos ?? [];
  return (
    <Labeled label="resources.area-profiles.fields.photos">
      {photos.length ? (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {photos.map((p) => (
            <Box component="figure" key={p.key} sx={{ m: 0, maxWidth: 240 }}>
              <Box component="img" src={photoAddress(p.key)} alt={p.alt} sx={{ display: 'block', maxWidth: 240, maxHeight: 160, objectFit: 'cover', borderRadius: 1 }} />
              {p.caption && <Typography component="figcaption" variant="caption">{p.caption}</Typography>}
            </Box>
          ))}
        </Stack>
      ) : (
        <Typography variant="body2">{translate('app.profile.no_photos')}</Typography>
      )}
    </Labeled>
  );
}

export const AreaProfileShow = () => (
  <Show title={<ProfileTitle />} actions={<Actions />}>
    <SimpleShowLayout>
      <PublicationStatus />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <ReferenceField source="quarterId" reference="quarters" emptyText="app.profile.whole_space" />
      <TextField source="intro" emptyText="–" />
      <FunctionField source="strengths" render={(r: any) => <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>{r.strengths || '–'}</Typography>} />
      <Photos />
    </SimpleShowLayout>
  </Show>
);
