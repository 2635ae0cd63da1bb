/**
 * Photos for the public pages: what is accepted, what comes out (upright, shrunk, and without a trace of EXIF,
 * so of a GPS position), and the store (a local folder here; S3 through a stand-in client) that refuses any key
 * a path could be built from. The EXIF fixture is written byte by byte below, GPS block included.
 */
import { build } from 'esbuild';
import { Jimp } from 'jimp';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assertNoMetadata, fitWithin, isPhotoKey, MAX_PHOTO_BYTES, photoKey, PhotoRejected, preparePhoto } from '../../shared/media/photo.ts';
import { deletePhoto, getPhoto, putPhoto } from '../../shared/media/photoStore.ts';

const s3 = vi.hoisted(() => ({ sent: [] as { command: string; input: Record<string, unknown> }[], objects: new Map<string, Uint8Array>() }));
vi.mock('@aws-sdk/client-s3', () => {
  class NoSuchKey extends Error {}
  const command = (name: string) =>
    class {
      name = name;
      constructor(public input: Record<string, unknown>) {}
    };
  class S3Client {
    async send(cmd: { name: string; input: Record<string, unknown> }) {
      s3.sent.push({ command: cmd.name, input: cmd.input });
      const key = `${cmd.input.Bucket}/${cmd.input.Key}`;
      if (cmd.name === 'put') s3.objects.set(key, cmd.input.Body as Uint8Array);
      if (cmd.name === 'delete') s3.objects.delete(key);
      if (cmd.name === 'get') {
        const body = s3.objects.get(key);
        if (!body) throw new NoSuchKey('The specified key does not exist.');
        return { Body: { transformToByteArray: async () => body }, ContentType: 'image/jpeg' };
      }
      return {};
    }
  }
  return { S3Client, NoSuchKey, PutObjectCommand: command('put'), GetObjectCommand: command('get'), DeleteObjectCommand: command('delete') };
});

const RED = [230, 20, 20];
const GREY = [120, 130, 140];

/** A JPEG of the given size: grey, with a red 10×10 block in the top left corner. */
async function jpeg(width: number, height: number): Promise<Uint8Array> {
  const image = new Jimp({ width, height, color: 0x000000ff });
  const data = image.bitmap.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = x < 10 && y < 10 ? RED : GREY;
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return new Uint8Array(await image.getBuffer('image/jpeg', { quality: 90 }));
}

/**
 * An APP1 segment as a phone writes it, reduced to what matters: a little-endian TIFF header, IFD0 with the
 * orientation and a pointer to the GPS IFD, and that IFD with latitude N 51° 40' 4" and a processing method
 * whose text holds "GPS" (so "no GPS bytes in the output" has something to find in the input).
 */
function exifSegment(orientation: number): Uint8Array {
  const tiff = new DataView(new ArrayBuffer(115));
  const ascii = (at: number, text: string) => [...text].forEach((c, i) => tiff.setUint8(at + i, c.charCodeAt(0)));
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.setUint16(at, tag, true);
    tiff.setUint16(at + 2, type, true);
    tiff.setUint32(at + 4, count, true);
    if (type === 3) tiff.setUint16(at + 8, value, true);
    else tiff.setUint32(at + 8, value, true);
  };
  ascii(0, 'II');
  tiff.setUint16(2, 42, true);
  tiff.setUint32(4, 8, true); // IFD0 at 8
  tiff.setUint16(8, 2, true);
  entry(10, 0x0112, 3, 1, orientation); // Orientation (SHORT)
  entry(22, 0x8825, 4, 1, 38); // GPSInfo IFD pointer (LONG) → 38
  tiff.setUint32(34, 0, true); // no IFD1
  tiff.setUint16(38, 3, true);
  entry(40, 0x0001, 2, 2, 0); // GPSLatitudeRef "N\0", inline
  ascii(48, 'N');
  entry(52, 0x0002, 5, 3, 80); // GPSLatitude: three RATIONALs at 80
  entry(64, 0x001b, 7, 11, 104); // GPSProcessingMethod at 104
  tiff.setUint32(76, 0, true);
  [51, 1, 40, 1, 4, 1].forEach((v, i) => tiff.setUint32(80 + i * 4, v, true));
  ascii(104, 'ASCII\0\0\0GPS');
  const payload = new Uint8Array([...Buffer.from('Exif\0\0', 'latin1'), ...new Uint8Array(tiff.buffer)]);
  return new Uint8Array([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload]);
}

/** The JPEG with the EXIF segment right after its SOI, where cameras put it. */
const withExif = (jpg: Uint8Array, orientation: number) => new Uint8Array([...jpg.subarray(0, 2), ...exifSegment(orientation), ...jpg.subarray(2)]);

const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
const hasMarker = (bytes: Uint8Array, second: number) => bytes.some((b, i) => b === 0xff && bytes[i + 1] === second);

async function pixel(jpg: Uint8Array, x: number, y: number): Promise<number[]> {
  const image = await Jimp.fromBuffer(Buffer.from(jpg));
  const at = (y * image.width + x) * 4;
  return [...image.bitmap.data.subarray(at, at + 3)];
}

async function rejection(input: Uint8Array): Promise<PhotoRejected> {
  const err = await preparePhoto(input).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PhotoRejected);
  return err as PhotoRejected;
}

describe('preparePhoto', () => {
  it('removes EXIF with its GPS block and writes no metadata segment', async () => {
    const input = withExif(await jpeg(60, 40), 1);
    expect(has(input, 'Exif')).toBe(true);
    expect(has(input, 'GPS')).toBe(true);
    expect(() => assertNoMetadata(input)).toThrow(/0xFFE1/);

    const out = await preparePhoto(input);
    expect(out.contentType).toBe('image/jpeg');
    expect([out.bytes[0], out.bytes[1]]).toEqual([0xff, 0xd8]);
    expect(hasMarker(out.bytes, 0xe1)).toBe(false); // APP1: EXIF, XMP
    expect(hasMarker(out.bytes, 0xed)).toBe(false); // APP13: IPTC
    expect(has(out.bytes, 'Exif')).toBe(false);
    expect(has(out.bytes, 'GPS')).toBe(false);
    expect(() => assertNoMetadata(out.bytes)).not.toThrow();
  });

  it('turns a photo taken upright (EXIF orientation 6) upright: portrait, the top left corner now top right', async () => {
    const out = await preparePhoto(withExif(await jpeg(60, 40), 6));
    expect([out.width, out.height]).toEqual([40, 60]);
    const [r, g] = await pixel(out.bytes, 35, 4);
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(80);
    const [r2] = await pixel(out.bytes, 4, 4);
    expect(r2).toBeLessThan(160);
    expect(has(out.bytes, 'Exif')).toBe(false);
  });

  it('shrinks 3000×2000 to 1600×1067, its EXIF gone', { timeout: 60_000 }, async () => {
    const input = withExif(await jpeg(3000, 2000), 1);
    const out = await preparePhoto(input);
    expect([out.width, out.height]).toEqual([1600, 1067]);
    const decoded = await Jimp.fromBuffer(Buffer.from(out.bytes));
    expect([decoded.width, decoded.height]).toEqual([1600, 1067]);
    expect(out.bytes.length).toBeLessThan(input.length);
    expect(has(out.bytes, 'GPS')).toBe(false);
  });

  it('never enlarges a small photo, and honours a smaller maxEdge', async () => {
    const small = await jpeg(60, 40);
    expect(await preparePhoto(small)).toMatchObject({ width: 60, height: 40 });
    expect(await preparePhoto(small, { maxEdge: 20 })).toMatchObject({ width: 20, height: 13 });
    expect(fitWithin(2000, 3000, 1600)).toEqual({ width: 1067, height: 1600 });
    expect(fitWithin(1600, 100, 1600)).toEqual({ width: 1600, height: 100 });
  });

  it('accepts a PNG and puts its transparent part on white', async () => {
    const image = new Jimp({ width: 50, height: 30, color: 0x00000000 });
    for (let y = 0; y < 30; y++) for (let x = 0; x < 25; x++) image.bitmap.data.set([20, 40, 220, 255], (y * 50 + x) * 4);
    const out = await preparePhoto(new Uint8Array(await image.getBuffer('image/png')));
    expect(out).toMatchObject({ contentType: 'image/jpeg', width: 50, height: 30 });
    const [r, , b] = await pixel(out.bytes, 10, 15);
    expect(b).toBeGreaterThan(180);
    expect(r).toBeLessThan(80);
    expect((await pixel(out.bytes, 40, 15)).every((c) => c > 235)).toBe(true);
  });

  it('refuses a text file, a GIF and anything over 10 MB in German', async () => {
    for (const input of [Buffer.from('Hallo, das ist kein Bild.\n'), Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), new Uint8Array(0)]) {
      const err = await rejection(new Uint8Array(input));
      expect(err).toMatchObject({ reason: 'format', message: 'Nur JPEG- oder PNG-Bilder bis 10 MB' });
    }
    const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
    big.set(await jpeg(8, 8));
    expect(await rejection(big)).toMatchObject({ reason: 'size', message: 'Nur JPEG- oder PNG-Bilder bis 10 MB' });
  });

  it('refuses more than 40 megapixels from the header alone, before decoding', async () => {
    const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, 0xfd, 0xe8, 0xfd, 0xe8, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
    expect(await rejection(new Uint8Array([0xff, 0xd8, ...sof, 0xff, 0xd9]))).toMatchObject({ reason: 'pixels', message: expect.stringContaining('Megapixel') });
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.writeUInt32BE(13, 8);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(8000, 16);
    png.writeUInt32BE(6000, 20); // 48 MP
    expect(await rejection(new Uint8Array(png))).toMatchObject({ reason: 'pixels' });
  });

  it('refuses a broken JPEG and a broken PNG as damaged', async () => {
    const jpg = await jpeg(60, 40);
    const cut = new Uint8Array([...jpg.subarray(0, 2), 0xff, 0xc0, 0x00, 0x11, 0x08, 0, 40, 0, 60, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9]);
    expect(await rejection(cut)).toMatchObject({ reason: 'corrupt', message: 'Das Bild ist beschädigt oder kein Foto' });
    expect(await rejection(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toMatchObject({ reason: 'corrupt' });
    const png = new Uint8Array(await new Jimp({ width: 20, height: 20, color: 0xff0000ff }).getBuffer('image/png'));
    expect(await rejection(png.subarray(0, 40))).toMatchObject({ reason: 'corrupt' });
  });

  it('names a photo by its content', async () => {
    const a = (await preparePhoto(await jpeg(60, 40))).bytes;
    expect(photoKey(a)).toMatch(/^[a-f0-9]{64}\.jpg$/);
    expect(photoKey(a)).toBe(photoKey(new Uint8Array(a)));
    expect(photoKey(a)).not.toBe(photoKey(a.subarray(1)));
    expect(isPhotoKey(photoKey(a))).toBe(true);
  });
});

describe('photo store', () => {
  const key = photoKey(new Uint8Array([1, 2, 3]));
  const bytes = new Uint8Array([0xff, 0xd8, 1, 2, 3, 0xff, 0xd9]);
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'photos-'));
    vi.stubEnv('PHOTO_DIR', dir);
    vi.stubEnv('PHOTO_BUCKET', '');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it('puts, gets and deletes a photo as <dir>/<tenant>/<key>, each tenant its own', async () => {
    expect(await getPhoto('hamm', key)).toBeUndefined();
    await putPhoto('hamm', key, bytes, 'image/jpeg');
    expect(existsSync(path.join(dir, 'hamm', key))).toBe(true);
    expect(await getPhoto('hamm', key)).toEqual({ bytes, contentType: 'image/jpeg' });
    expect(await getPhoto('musterstadt', key)).toBeUndefined();
    await deletePhoto('hamm', key);
    expect(await getPhoto('hamm', key)).toBeUndefined();
    await expect(deletePhoto('hamm', key)).resolves.toBeUndefined();
  });

  it.each([
    ['hamm', '../../etc/passwd'],
    ['hamm', `../musterstadt/${key}`],
    ['hamm', key.toUpperCase()],
    ['hamm', key.replace('.jpg', '.png')],
    ['hamm', `${key}/`],
    ['..', key],
    ['hamm/../musterstadt', key],
    ['platform', key],
  ])('refuses tenant %j with key %j everywhere', async (tenant, bad) => {
    await expect(putPhoto(tenant, bad, bytes, 'image/jpeg')).rejects.toThrow(/Not a/);
    await expect(getPhoto(tenant, bad)).rejects.toThrow(/Not a/);
    await expect(deletePhoto(tenant, bad)).rejects.toThrow(/Not a/);
  });

  it('uses S3 objects <tenant>/<key> when PHOTO_BUCKET is set', async () => {
    vi.stubEnv('PHOTO_BUCKET', 'photos-bucket');
    try {
      await putPhoto('musterstadt', key, bytes, 'image/jpeg');
      expect(s3.sent.at(-1)).toEqual({ command: 'put', input: { CacheControl: 'public, max-age=60', Bucket: 'photos-bucket', Key: `musterstadt/${key}`, Body: bytes, ContentType: 'image/jpeg' } });
      expect(await getPhoto('musterstadt', key)).toEqual({ bytes, contentType: 'image/jpeg' });
      await deletePhoto('musterstadt', key);
      expect(s3.sent.at(-1)).toMatchObject({ command: 'delete', input: { Bucket: 'photos-bucket', Key: `musterstadt/${key}` } });
      expect(await getPhoto('musterstadt', key)).toBeUndefined();
      await expect(getPhoto('musterstadt', '../x')).rejects.toThrow(/Not a photo key/);
      expect(existsSync(path.join(dir, 'musterstadt'))).toBe(false);
    } finally {
      vi.stubEnv('PHOTO_BUCKET', '');
    }
  });

  it('loads neither jimp nor the AWS SDK by a static import', async () => {
    const entries = ['shared/media/photo.ts', 'shared/media/photoStore.ts'];
    const result = await build({ entryPoints: entries, write: false, outdir: '/tmp/photo-graph', bundle: true, platform: 'node', format: 'esm', external: ['@aws-sdk/*', 'jimp'], metafile: true, logLevel: 'silent' });
    const staticImports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path));
    expect(staticImports.filter((p) => /jimp|@aws-sdk/.test(p))).toEqual([]);
    const dynamicImports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path));
    expect(dynamicImports).toEqual(expect.arrayContaining(['jimp', '@aws-sdk/client-s3']));
  });
});
