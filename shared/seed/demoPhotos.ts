/**
 * The demo's photos: illustrations drawn once (no real people, no places, no metadata) and kept as
 * prepared JPEGs in shared/seed/photos/, so their keys, the hashes of their bytes, are known before
 * anything is stored, and seeding stays synchronous until it stores them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoPhotoKeys } from './publicFaces.ts';
import { photoKey } from '../media/photo.ts';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'photos');
const FILES: Record<keyof DemoPhotoKeys, string[]> = { norden: ['norden-1.jpg', 'norden-2.jpg'], westen: ['westen-1.jpg'] };

const bytesOf = (file: string) => readFileSync(path.join(DIR, file));
const keyOf = photoKey;

/** The keys the demo's profiles name their photos by. */
export const demoPhotoKeys = (): DemoPhotoKeys => ({ norden: FILES.norden.map((f) => keyOf(bytesOf(f))), westen: FILES.westen.map((f) => keyOf(bytesOf(f))) });

/** Stores the demo's photos for a tenant (a second time changes nothing: same key, same bytes). */
export async function storeDemoPhotos(tenant: string): Promise<void> {
  const { putPhoto } = await import('../media/photoStore.ts');
  for (const file of Object.values(FILES).flat()) {
    const bytes = bytesOf(file);
    await putPhoto(tenant, keyOf(bytes), bytes, 'image/jpeg');
  }
}
