/**
 * A photo for a public page (an area profile's, one's own contact photo): uploaded through
 * POST /v1/photos over the data provider's httpClient (the ID token; problem+json as German
 * errors), previewed from its address and stored in the form as its key. The server scales it down
 * and strips its metadata; the form never holds the file itself.
 */
import { Box, Button as MuiButton, FormHelperText, Stack, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useInput, useNotify, useTranslate } from 'react-admin';
import { MAX_PHOTO_BYTES } from '../../../shared/media/limits';
import { principal } from '../authProvider';
import { getConfig } from '../config';
import { httpClient } from '../dataProvider';

/** What POST /v1/photos answers (shared/contract/routes/spatial.ts, StoredPhoto). */
export interface StoredPhoto {
  key: string;
  url: string;
  width: number;
  height: number;
}

const PHOTO_TYPES = ['image/jpeg', 'image/png'];

/** Where a stored photo is read: `/photos/<tenant>/<key>` on the same address as the admin (shared/media/photoUrl.ts). */
export function photoAddress(key: string): string {
  const p = principal();
  const tenant = p && p.kind !== 'operator' ? p.tenant : '';
  return `/photos/${encodeURIComponent(tenant)}/${encodeURIComponent(key)}`;
}

/** The file's bytes as base64 (without the data URL's prefix), as the route's body takes them. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export async function uploadPhoto(file: File): Promise<StoredPhoto> {
  const content = await base64Of(file);
  return (await httpClient(`${(await getConfig()).apiUrl}/photos`, { method: 'POST', body: JSON.stringify({ content }) })).json;
}

/** The German reason a photo was refused: the field error of a 400, else the problem's detail (422: not a photo). */
const refusal = (err: any): string => err?.body?.errors?.content ?? err?.message ?? 'ra.notification.http_error';

export interface PhotoInputProps {
  source: string;
  /** An i18n key; "Foto" without one. */
  label?: string;
  /** Whether the photo can be taken away here (not where the whole entry is removed instead, as a profile's photos are). */
  removable?: boolean;
}

export function PhotoInput({ source, label = 'app.photo.label', removable = true }: PhotoInputProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const { field, fieldState, id } = useInput({ source });
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  // The address the upload answered, until the key changes (the same image, without guessing the tenant).
  const [uploaded, setUploaded] = useState<{ key: string; url: string }>();
  const key: string | undefined = field.value || undefined;
  const src = key ? (uploaded?.key === key ? uploaded.url : photoAddress(key)) : undefined;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file chosen again fires again
    if (!file) return;
    if (!PHOTO_TYPES.includes(file.type)) return notify('app.photo.wrong_type', { type: 'error' });
    if (file.size > MAX_PHOTO_BYTES) return notify('app.photo.too_large', { type: 'error' });
    setBusy(true);
    try {
      const photo = await uploadPhoto(file);
      setUploaded({ key: photo.key, url: photo.url });
      field.onChange(photo.key);
    } catch (err) {
      notify(refusal(err), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ my: 1 }} data-testid="photo-input">
      <Typography variant="caption" color="text.secondary" component="div" id={`${id}-label`}>{translate(label)}</Typography>
      {src && <Box component="img" src={src} alt={translate('app.photo.preview')} sx={{ display: 'block', maxWidth: 240, maxHeight: 160, objectFit: 'cover', borderRadius: 1, my: 1 }} />}
      <Stack direction="row" spacing={1}>
        <MuiButton variant="outlined" size="small" disabled={busy} aria-describedby={`${id}-help`} onClick={() => fileInput.current?.click()}>
          {translate(busy ? 'app.photo.uploading' : key ? 'app.photo.replace' : 'app.photo.upload')}
        </MuiButton>
        {removable && key && <MuiButton size="small" disabled={busy} onClick={() => field.onChange(null)}>{translate('app.photo.remove')}</MuiButton>}
      </Stack>
      <input ref={fileInput} id={id} type="file" accept={PHOTO_TYPES.join(',')} hidden onChange={choose} />
      <FormHelperText id={`${id}-help`} error={!!fieldState.error}>{fieldState.error?.message ? translate(fieldState.error.message) : translate('app.photo.help')}</FormHelperText>
    </Box>
  );
}
