/**
 * The profile's draft: its social space (and optionally one quarter of it), the introduction, its
 * strengths and opportunities, and up to five photos, each with what it shows. Space and quarter
 * are fixed once the profile exists (the API keeps one profile per space and per quarter).
 */
import { ArrayInput, ReferenceInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PhotoInput } from '../common/PhotoInput';

/** As shared/schemas/areaProfile.ts allows. */
const MAX_PHOTOS = 5;

function ProfileQuarterInput({ readOnly }: { readOnly: boolean }) {
  const socialSpaceId = useWatch({ name: 'socialSpaceId' });
  return (
    <ReferenceInput source="quarterId" reference="quarters" filter={socialSpaceId ? { socialSpaceId } : {}} sort={{ field: 'name', order: 'ASC' }} perPage={100}>
      <SelectInput optionText="name" emptyText="app.profile.whole_space" readOnly={readOnly} helperText={readOnly ? false : 'app.profile.quarter_help'} />
    </ReferenceInput>
  );
}

function PhotosInput() {
  const photos: unknown[] = useWatch({ name: 'photos' }) ?? [];
  return (
    <ArrayInput source="photos" helperText="app.profile.photos_help">
      <SimpleFormIterator disableAdd={photos.length >= MAX_PHOTOS} disableClear>
        <PhotoInput source="key" label="resources.area-profiles.fields.photo" removable={false} />
        <TextInput source="alt" label="resources.area-profiles.fields.alt" helperText="app.profile.alt_help" fullWidth isRequired />
        <TextInput source="caption" label="resources.area-profiles.fields.caption" fullWidth />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

export const AreaProfileInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}>
      <SelectInput optionText="name" readOnly={edit} />
    </ReferenceInput>
    <ProfileQuarterInput readOnly={edit} />
    <TextInput source="intro" multiline minRows={3} fullWidth helperText="app.profile.intro_help" />
    <TextInput source="strengths" multiline minRows={6} fullWidth helperText="app.profile.strengths_help" />
    <PhotosInput />
  </>
);
