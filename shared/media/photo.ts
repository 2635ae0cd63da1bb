/**
 * A photo staff upload for a quarter's public page (or of themselves as contact person), made fit to publish:
 * JPEG or PNG in, at most 10 MB and 40 megapixels (read from the header, before anything is decoded), turned
 * upright by its EXIF orientation, shrunk so its longest edge is at most 1600 pixels (never enlarged), and
 * written anew as a JPEG that carries no metadata at all: no EXIF (and so no GPS position or camera serial), no
 * XMP, no IPTC. The encoder (jimp's pure-JavaScript jpeg-js: no native binary, so it bundles for Lambda arm64)
 * writes an APP1 segment only when handed one; `assertNoMetadata` checks the output anyway, so a change of the
 * library can never publish a resident's location unnoticed.
 *
 * jimp is imported on first use: modules that only need `photoKey` or the store do not load it.
 * `photoKey` names a prepared photo by its content, so the same photo twice is stored once and no key can be guessed.
 */
import { createHash } from 'node:crypto';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTO_MEGAPIXELS = 40;
export const DEFAULT_MAX_EDGE = 1600;
const JPEG_QUALITY = 82;

export type PhotoContentType = 'image/jpeg';
export type PreparedPhoto = { bytes: Uint8Array; contentType: PhotoContentType; width: number; height: number };

/** Why an upload is refused; `message` is the German text the uploader reads. */
export class PhotoRejected extends Error {
  constructor(
    public reason: 'format' | 'size' | 'pixels' | 'corrupt',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'PhotoRejected';
  }
}

const FORMAT_OR_SIZE = 'Nur JPEG- oder PNG-Bilder bis 10 MB';
const CORRUPT = 'Das Bild ist beschädigt oder kein Foto';
const TOO_MANY_PIXELS = `Das Bild hat zu viele Bildpunkte (höchstens ${MAX_PHOTO_MEGAPIXELS} Megapixel). Bitte verkleinern Sie es.`;

/** A prepared photo's storage key: the SHA-256 of its bytes, `<64 hex>.jpg`. */
export function photoKey(bytes: Uint8Array): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.jpg`;
}

/** The only keys the store accepts: no separator, no dot segment, nothing a path could be built from. */
export const PHOTO_KEY = /^[a-f0-9]{64}\.jpg$/;
export const isPhotoKey = (key: unknown): key is string => typeof key === 'string' && PHOTO_KEY.test(key);

export async function preparePhoto(input: Uint8Array, opts: { maxEdge?: number } = {}): Promise<PreparedPhoto> {
  const maxEdge = opts.maxEdge ?? DEFAULT_MAX_EDGE;
  if (input.byteLength > MAX_PHOTO_BYTES) throw new PhotoRejected('size', FORMAT_OR_SIZE);
  const header = readHeader(input);
  if (header.width * header.height > MAX_PHOTO_MEGAPIXELS * 1_000_000) throw new PhotoRejected('pixels', TOO_MANY_PIXELS);

  const { Jimp } = await import('jimp');
  const buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let image;
  try {
    // jimp applies the EXIF orientation while reading (attemptExifRotate), before anything else happens to the pixels.
    image = await Jimp.fromBuffer(buffer, { 'image/jpeg': { maxResolutionInMP: MAX_PHOTO_MEGAPIXELS, maxMemoryUsageInMB: 1024 } });
  } catch (cause) {
    throw new PhotoRejected('corrupt', CORRUPT, { cause });
  }
  const { width, height } = fitWithin(image.width, image.height, maxEdge);
  if (width !== image.width || height !== image.height) image.resize({ w: width, h: height });
  // The decoder hands the EXIF block on with the pixels; drop it so no encoder can write it back.
  delete (image.bitmap as { exifBuffer?: unknown }).exifBuffer;
  // A transparent PNG becomes a JPEG on white, not on black.
  image.background = 0xffffffff;
  const bytes = new Uint8Array(await image.getBuffer('image/jpeg', { quality: JPEG_QUALITY }));
  assertNoMetadata(bytes);
  return { bytes, contentType: 'image/jpeg', width, height };
}

/** The size within a square of `maxEdge`, aspect kept, never larger than the original. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The format and pixel size from the first bytes, so a decompression bomb is refused before it is decoded. */
function readHeader(b: Uint8Array): { format: 'jpeg' | 'png'; width: number; height: number } {
  const u16 = (at: number) => (b[at] << 8) | b[at + 1];
  const u32 = (at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
  if (b.length >= 24 && u32(0) === 0x89504e47 && u32(4) === 0x0d0a1a0a) {
    if (u32(12) !== 0x49484452) throw new PhotoRejected('corrupt', CORRUPT); // IHDR must come first
    return { format: 'png', width: u32(16), height: u32(20) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    for (const seg of jpegSegments(b)) {
      // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
      if (seg.marker >= 0xc0 && seg.marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(seg.marker) && seg.length >= 7) {
        return { format: 'jpeg', width: u16(seg.start + 5), height: u16(seg.start + 3) };
      }
    }
    throw new PhotoRejected('corrupt', CORRUPT);
  }
  throw new PhotoRejected('format', FORMAT_OR_SIZE);
}

/**
 * The marker segments of a JPEG from SOI up to the start of the scan (SOS), each with the offset of its
 * length field and that length. Stops at the first malformed byte.
 */
export function* jpegSegments(b: Uint8Array): Generator<{ marker: number; start: number; length: number }> {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return;
    let marker = b[at + 1];
    while (marker === 0xff && at + 2 < b.length) marker = b[++at + 1]; // fill bytes
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // standalone markers carry no length
      continue;
    }
    const length = (b[at + 2] << 8) | b[at + 3];
    if (length < 2 || at + 2 + length > b.length) return;
    yield { marker, start: at + 2, length };
    if (marker === 0xda || marker === 0xd9) return;
    at += 2 + length;
  }
}

/** Throws unless the JPEG holds no APP1–APP15 (EXIF, XMP, ICC, IPTC, …) and no comment segment. */
export function assertNoMetadata(jpeg: Uint8Array): void {
  for (const { marker } of jpegSegments(jpeg)) {
    if ((marker >= 0xe1 && marker <= 0xef) || marker === 0xfe) {
      throw new Error(`The JPEG encoder wrote a metadata segment (0xFF${marker.toString(16).toUpperCase()}); refusing to publish it`);
    }
  }
}
