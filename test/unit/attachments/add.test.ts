import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bmpImage, exifHasGps, jpegImage, jpegWithExif, pngImage, tiffImage, webpImage } from '../../support/images';
import { openHarness, type Harness } from './harness';

describe('attachments.add: accepted images', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(() => h.close());

  const cases = [
    { name: '营业执照.jpg', make: () => jpegImage(320, 240), ext: 'jpg', mime: 'image/jpeg' },
    { name: 'scan.PNG', make: () => pngImage(320, 240), ext: 'png', mime: 'image/png' },
    { name: 'scan.webp', make: () => webpImage(320, 240), ext: 'webp', mime: 'image/webp' },
    { name: 'scan.tiff', make: () => tiffImage(320, 240), ext: 'tif', mime: 'image/tiff' },
    { name: 'scan.bmp', make: async () => bmpImage(320, 240), ext: 'bmp', mime: 'image/bmp' },
    // An extension that says nothing about images defers to the content.
    { name: 'scan-without-extension', make: () => jpegImage(320, 240, '#123456'), ext: 'jpg', mime: 'image/jpeg' },
  ];
  for (const c of cases) {
    it(`stores ${c.name} unchanged as attachments/<sha256>.${c.ext} with a thumbnail and a preview`, async () => {
      const bytes = await c.make();
      const added = await h.add(c.name, bytes);
      expect(added).toMatchObject({ ext: c.ext, mime: c.mime, bytes: bytes.length, width: 320, height: 240, originalName: c.name, duplicate: false });
      expect(added.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(readFileSync(path.join(h.attachmentsDir, `${added.sha256}.${c.ext}`)).equals(bytes)).toBe(true);

      const original = await h.get(added.sha256, 'original');
      expect(original.mime).toBe(c.mime);
      expect(original.bytes.equals(bytes)).toBe(true);
      for (const variant of ['thumbnail', 'preview'] as const) {
        const r = await h.get(added.sha256, variant);
        expect(r.mime).toBe('image/jpeg');
        const meta = await sharp(r.bytes).metadata();
        expect(meta.format).toBe('jpeg');
        expect(Math.max(meta.width, meta.height)).toBe(variant === 'thumbnail' ? 240 : 320); // never enlarged
        expect(existsSync(path.join(h.attachmentsDir, variant === 'thumbnail' ? 'thumbnails' : 'previews', `${added.sha256}.jpg`))).toBe(true);
      }
    });
  }

  it('decodes a hand-written BMP with its colours in place (left red, right blue)', async () => {
    const added = await h.add('colours.bmp', bmpImage(64, 32));
    const preview = await h.get(added.sha256, 'preview');
    const { data, info } = await sharp(preview.bytes).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const [r1, g1, b1] = at(8, 16);
    const [r2, g2, b2] = at(56, 16);
    expect(r1).toBeGreaterThan(200);
    expect(g1! + b1!).toBeLessThan(60);
    expect(b2).toBeGreaterThan(200);
    expect(r2! + g2!).toBeLessThan(60);
  });

  it('stores the same content once: a second add is a duplicate and one file stays on disk', async () => {
    const bytes = await jpegImage(200, 100, '#abcdef');
    const first = await h.add('a.jpg', bytes);
    const second = await h.add('a-copy.jpeg', bytes);
    expect(second.sha256).toBe(first.sha256);
    expect(second.duplicate).toBe(true);
    // The first name is kept: the row is written once.
    expect(second.originalName).toBe('a.jpg');
    expect(h.originals().filter((f) => f.startsWith(first.sha256))).toEqual([`${first.sha256}.jpg`]);
  });

  it('stores content added twice at the same moment once', async () => {
    const bytes = await pngImage(90, 60);
    const [a, b] = await Promise.all([h.add('one.png', bytes), h.add('two.png', bytes)]);
    expect(a.sha256).toBe(b.sha256);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(h.originals().filter((f) => f.startsWith(a.sha256))).toEqual([`${a.sha256}.png`]);
  });

  it('applies EXIF orientation in the preview and thumbnail, keeps the original byte for byte, and strips metadata', async () => {
    const photo = await jpegWithExif(400, 200);
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(exifHasGps(before.exif)).toBe(true);

    const added = await h.add('IMG_0001.JPG', photo);
    // The displayed size: orientation 6 turns 400×200 into a portrait 200×400.
    expect([added.width, added.height]).toEqual([200, 400]);
    expect(readFileSync(path.join(h.attachmentsDir, `${added.sha256}.jpg`)).equals(photo)).toBe(true);
    expect((await h.get(added.sha256, 'original')).bytes.equals(photo)).toBe(true);

    for (const variant of ['preview', 'thumbnail'] as const) {
      const meta = await sharp((await h.get(added.sha256, variant)).bytes).metadata();
      expect(meta.height).toBeGreaterThan(meta.width);
      expect(meta.orientation).toBeUndefined();
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
    const preview = await sharp((await h.get(added.sha256, 'preview')).bytes).metadata();
    expect([preview.width, preview.height]).toEqual([200, 400]);
  });

  it('regenerates a missing thumbnail or preview from the original', async () => {
    const added = await h.add('regen.png', await pngImage(500, 300));
    const thumbFile = path.join(h.attachmentsDir, 'thumbnails', `${added.sha256}.jpg`);
    const previewFile = path.join(h.attachmentsDir, 'previews', `${added.sha256}.jpg`);
    rmSync(thumbFile);
    rmSync(previewFile);
    const thumb = await sharp((await h.get(added.sha256, 'thumbnail')).bytes).metadata();
    expect([thumb.width, thumb.height]).toEqual([240, 144]);
    const preview = await sharp((await h.get(added.sha256, 'preview')).bytes).metadata();
    expect([preview.width, preview.height]).toEqual([500, 300]);
    expect(existsSync(thumbFile) && existsSync(previewFile)).toBe(true);
  });

  it('scales a large image to 1600 px (preview) and 240 px (thumbnail) on the long edge', async () => {
    const added = await h.add('big.jpg', await jpegImage(3000, 2000));
    const preview = await sharp((await h.get(added.sha256, 'preview')).bytes).metadata();
    const thumb = await sharp((await h.get(added.sha256, 'thumbnail')).bytes).metadata();
    expect([preview.width, preview.height]).toEqual([1600, 1067]);
    expect([thumb.width, thumb.height]).toEqual([240, 160]);
  });

  it('answers NOT_FOUND for an unknown scan', async () => {
    const error = await h.refusal('attachments.get', { sha256: 'f'.repeat(64), variant: 'thumbnail' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('找不到这个扫描件');
  });
});
