/**
 * Editing a profile's draft, previewing it on the public page, and publishing it. Publishing sends the
 * saved draft, so it waits until the form is saved; afterwards the page reloads the profile (its
 * version and `published` changed).
 */
import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import { useFormState, type Resolver } from 'react-hook-form';
import { Button, DeleteButton, SaveButton, SimpleForm, Toolbar, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { authorize } from '../../../shared/policy';
import { areaProfile } from '../../../shared/schemas/areaProfile';
import { principal } from '../authProvider';
import { AppEdit } from '../common/AppEdit';
import { openInNewTab } from '../common/newTab';
import { tidyTranslations } from '../common/translations/state';
import { TranslationsSection } from '../common/translations/TranslationsSection';
import { useTextRows } from '../common/translations/textRows';
import { zodResolver } from '../common/zodResolver';
import { AreaProfileInputs } from './AreaProfileInputs';
import { previewLink, publishProfile, unpublishProfile } from './profileApi';
import { ProfileTitle, PublicationStatus } from './ProfileParts';

/** May the signed-in user do this to this profile? Decided synchronously by the shared policy, as the API decides it. */
const may = (resource: string, action: 'update' | 'create' | 'delete', record: any) => {
  const me = principal();
  return !!me && !!record && authorize(me, resource, action, { before: record }).allowed;
};

function PreviewButton() {
  const record = useRecordContext();
  const notify = useNotify();
  if (!may('area-profiles', 'update', record)) return null;
  const open = () => openInNewTab(async () => (await previewLink(String(record!.id))).url).catch((err) => notify(err?.message ?? 'ra.notification.http_error', { type: 'error' }));
  return <Button label="app.profile.preview" onClick={open} variant="outlined" />;
}

function PublishButton() {
  const record = useRecordContext();
  const { isDirty } = useFormState();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!may('area-profile-publications', 'create', record)) return null;
  const publish = async () => {
    setBusy(true);
    try {
      await publishProfile(String(record!.id), record!.version);
      notify('app.profile.published_done', { type: 'success' });
      refresh();
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="app.profile.publish" onClick={publish} disabled={busy || isDirty} variant="contained" color="secondary" />;
}

function UnpublishButton() {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record?.published || !may('area-profile-publications', 'delete', record)) return null;
  const unpublish = async () => {
    setBusy(true);
    try {
      await unpublishProfile(String(record.id), record.version);
      notify('app.profile.unpublished_done', { type: 'success' });
      refresh();
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="app.profile.unpublish" onClick={unpublish} disabled={busy} variant="outlined" />;
}

function SaveFirstHint() {
  const { isDirty } = useFormState();
  const translate = useTranslate();
  return isDirty ? <Typography variant="body2" color="text.secondary">{translate('app.profile.save_first')}</Typography> : null;
}

function ProfileToolbar() {
  const record = useRecordContext();
  return (
    <Toolbar>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, flex: 1 }}>
        <SaveButton />
        <PreviewButton />
        <PublishButton />
        <UnpublishButton />
        <SaveFirstHint />
      </Box>
      {may('area-profiles', 'delete', record) && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}

// The texts are translated like an offer's (shared/domain/staffTexts.ts); the translations are published with them.
const tidy = (values: any) => tidyTranslations(values, {});
const validate = zodResolver(areaProfile.update);
const resolver: Resolver = (values, context, options) => validate(tidy(values), context, options);
const useRows = () =>
  useTextRows([
    { key: 'intro', german: 'intro', label: 'intro', multiline: true },
    { key: 'strengths', german: 'strengths', label: 'strengths', multiline: true },
  ]);

export const AreaProfileEdit = () => (
  <AppEdit title={<ProfileTitle />} redirect={false} transform={tidy}>
    <SimpleForm resolver={resolver} toolbar={<ProfileToolbar />}>
      <PublicationStatus />
      <AreaProfileInputs edit />
      <TranslationsSection useRows={useRows} target={{ resource: 'area-profiles', machine: false }} />
    </SimpleForm>
  </AppEdit>
);
