/**
 * THE place photos are stored and read (prepared by ./photo.ts, named by `photoKey`).
 *
 * In AWS (`PHOTO_BUCKET` set) each photo is the S3 object `<tenant>/<key>`, encrypted by the bucket's default;
 * locally it is the file `<PHOTO_DIR>/<tenant>/<key>`, PHOTO_DIR defaulting to `.data/photos` beside the other
 * local data (DynamoDB Local's and cognito-local's). Both the tenant and the key are checked strictly before
 * either becomes part of a path or an object key, so no value from a request can reach another tenant's
 * photos or a file outside the folder. The AWS SDK is imported on first use, so neither the local path
 * nor a cold start that serves no photo loads it. The environment is read per call, so tests can move it.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { S3Client } from '@aws-sdk/client-s3';
import { isTenantId } from '../tenancy/tenant.ts';
import { isPhotoKey, type PhotoContentType } from './photo.ts';
import { boundedClientConfig, withDeadline } from '../boundedClients.ts';

export type StoredPhoto = { bytes: Uint8Array; contentType: string };

const DEFAULT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.data', 'photos');

/**
 * How long anyone may keep a photo: a minute, like the public pages, although its key never changes,
 * so a photo deleted (a withdrawn consent) leaves the CDN within the public cache's lifetime too.
 */
export const PHOTO_CACHE_CONTROL = 'public, max-age=60';

export async function putPhoto(tenant: string, key: string, bytes: Uint8Array, contentType: PhotoContentType): Promise<void> {
  const name = objectName(tenant, key);
  const bucket = process.env.PHOTO_BUCKET;
  if (bucket) {
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    await (await s3()).send(new PutObjectCommand({ Bucket: bucket, Key: name, Body: bytes, ContentType: contentType, CacheControl: PHOTO_CACHE_CONTROL }));
    return;
  }
  const file = localFile(name);
  await mkdir(path.dirname(file), { recursive: true });
  // Write beside and rename, so a reader never sees half a photo.
  const partial = `${file}.${process.pid}.part`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}

/** The photo, or `undefined` if there is none under that key. */
export async function getPhoto(tenant: string, key: string): Promise<StoredPhoto | undefined> {
  const name = objectName(tenant, key);
  const bucket = process.env.PHOTO_BUCKET;
  if (bucket) {
    const { GetObjectCommand, NoSuchKey } = await import('@aws-sdk/client-s3');
    try {
      const res = await (await s3()).send(new GetObjectCommand({ Bucket: bucket, Key: name }));
      if (!res.Body) return undefined;
      return { bytes: await res.Body.transformToByteArray(), contentType: res.ContentType ?? 'image/jpeg' };
    } catch (err) {
      if (err instanceof NoSuchKey) return undefined;
      throw err;
    }
  }
  try {
    return { bytes: new Uint8Array(await readFile(localFile(name))), contentType: 'image/jpeg' };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Removes the photo; removing one that is not there is no error (S3 answers the same). */
export async function deletePhoto(tenant: string, key: string): Promise<void> {
  const name = objectName(tenant, key);
  const bucket = process.env.PHOTO_BUCKET;
  if (bucket) {
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await (await s3()).send(new DeleteObjectCommand({ Bucket: bucket, Key: name }));
    return;
  }
  await rm(localFile(name), { force: true });
}

/** `<tenant>/<key>`, after both passed their patterns (neither can hold a slash, a dot segment or a backslash). */
function objectName(tenant: string, key: string): string {
  if (!isTenantId(tenant)) throw new Error(`Not a tenant id: ${JSON.stringify(tenant)}`);
  if (!isPhotoKey(key)) throw new Error(`Not a photo key: ${JSON.stringify(key)}`);
  return `${tenant}/${key}`;
}

function localFile(name: string): string {
  const dir = path.resolve(process.env.PHOTO_DIR || DEFAULT_DIR);
  const file = path.resolve(dir, name);
  // objectName already rules this out; kept so a later change of the patterns cannot open the file system.
  if (!file.startsWith(dir + path.sep)) throw new Error(`Photo path outside ${dir}`);
  return file;
}

let client: Promise<S3Client> | undefined;
/** One client per container, made on first use. */
function s3(): Promise<S3Client> {
  return (client ??= import('@aws-sdk/client-s3').then(({ S3Client }) => withDeadline(new S3Client(boundedClientConfig()))));
}
