import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_PROFILE, imageProfileSchema, type ImageProfile } from '../../../shared/records/imageProfile';
import { normalizeImage, qualitySteps, StandardImageError } from '../../../electron/standardImages';
import { appMarkers } from '../../../electron/standardImages/jfif';
import { bmpImage, jpegImage, pngImage, textFile } from '../../support/images';
import { blurredScan, darkPhoto, documentScan, overexposedScan, phoneDocumentWithGps, sharpScan } from './fixtures';
import { identify } from './identify';

const DATE = { watermarkDate: '2026-11-24' };
const profile = (over: Partial<ImageProfile> = {}): ImageProfile => ({ ...DEFAULT_IMAGE_PROFILE, ...over });

describe('normalizeImage: the phone photo of the issue (4000×3000, EXIF orientation 6, GPS)', () => {
  let input: Buffer;
  let out: Awaited<ReturnType<typeof normalizeImage>>;

  beforeAll(async () => {
    input = await phoneDocumentWithGps();
    // The fixture really carries what must go: orientation 6, GPS, camera tags.
    expect(identify(input, '%w %h %[EXIF:Orientation]')).toBe('4000 3000 6');
    expect(identify(input, '%[EXIF:GPSLatitude]')).toContain('24/1');
    out = await normalizeImage(input, DEFAULT_IMAGE_PROFILE, DATE);
  }, 60_000);

  it('is rotated upright and its long edge is 2480 px', () => {
    expect(identify(out.bytes, '%m %w %h')).toBe('JPEG 1860 2480');
    expect([out.width, out.height]).toEqual([1860, 2480]);
  });

  it('says 300 dpi (JFIF density) and fits in 1 MB', () => {
    expect(identify(out.bytes, '%x %y %U')).toBe('300 300 PixelsPerInch');
    expect(out.bytes.length).toBeLessThanOrEqual(1_000_000);
    expect(out.quality).toBeGreaterThanOrEqual(50);
    expect(out.quality).toBeLessThanOrEqual(90);
  });

  it('keeps no EXIF, no GPS, no XMP, no ICC profile, no comment', () => {
    expect(identify(out.bytes, '%[EXIF:*]')).toBe('');
    const verbose = identify(out.bytes);
    expect(verbose).not.toMatch(/GPS/i);
    expect(verbose).not.toMatch(/exif:/i);
    expect(verbose).not.toMatch(/Profiles:|Profile-(exif|xmp|icc|8bim|iptc)/i);
    expect(verbose).not.toMatch(/TestPhone|beian-test/);
    expect(verbose).toMatch(/Colorspace: sRGB/);
    // Byte level: the only APPn segment is JFIF.
    expect(appMarkers(out.bytes)).toEqual([{ marker: 0xe0, id: 'JFIF' }]);
  });

  it('is a readable document: no quality flags', () => {
    expect(out.flags).toEqual([]);
  });
});

describe('normalizeImage: sizes, quality steps, transparency, input types', () => {
  it('never enlarges a small image', async () => {
    const out = await normalizeImage(await sharpScan(1000, 750), DEFAULT_IMAGE_PROFILE, DATE);
    expect(identify(out.bytes, '%w %h %x')).toBe('1000 750 300');
  });

  it('honours another long edge and dpi from the profile', async () => {
    const out = await normalizeImage(await sharpScan(1600, 1200), profile({ longEdge: 1200, dpi: 200 }), DATE);
    expect(identify(out.bytes, '%w %h %x %y')).toBe('1200 900 200 200');
  });

  it('steps quality down from 90 by 5 until the file fits', async () => {
    expect(qualitySteps(50)).toEqual([90, 85, 80, 75, 70, 65, 60, 55, 50]);
    expect(qualitySteps(62)).toEqual([90, 85, 80, 75, 70, 65, 62]);
    const scan = await sharpScan(1600, 1200);
    const roomy = await normalizeImage(scan, DEFAULT_IMAGE_PROFILE, DATE);
    expect(roomy.quality).toBe(90);
    // A limit just under the quality-90 size forces at least one step down, and is met.
    const tight = await normalizeImage(scan, profile({ maxBytes: Math.floor(roomy.bytes.length * 0.8) }), DATE);
    expect(tight.quality).toBeLessThan(90);
    expect(tight.quality % 5).toBe(0);
    expect(tight.bytes.length).toBeLessThanOrEqual(Math.floor(roomy.bytes.length * 0.8));
    expect([tight.width, tight.height]).toEqual([1600, 1200]);
    expect(tight.flags).toEqual([]);
  });

  it('shrinks the image when even the lowest quality is too large, and says so', async () => {
    const noisy = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .jpeg({ quality: 95 })
      .toBuffer();
    const out = await normalizeImage(noisy, profile({ maxBytes: 200_000, minQuality: 50 }), DATE);
    expect(out.bytes.length).toBeLessThanOrEqual(200_000);
    expect(out.quality).toBe(50);
    expect(out.width).toBeLessThan(2400);
    expect(out.flags.some((f) => f.startsWith(`已缩小至${out.width}×${out.height}`))).toBe(true);
    expect(identify(out.bytes, '%w %h %x')).toBe(`${out.width} ${out.height} 300`);
  });

  it('puts transparency on white (PNG with alpha in, opaque JPEG out)', async () => {
    // Fully transparent left half, opaque black right half.
    const w = 1000;
    const h = 800;
    const half = await sharp({ create: { width: w / 2, height: h, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
    const png = await sharp({ create: { width: w, height: h, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([{ input: half, left: w / 2, top: 0 }])
      .png()
      .toBuffer();
    const out = await normalizeImage(png, DEFAULT_IMAGE_PROFILE, DATE);
    expect(identify(out.bytes, '%m %w %h %A')).toMatch(/^JPEG 1000 800 (False|Undefined)$/);
    // The transparent half is white, the opaque half stays black.
    const left = identify(out.bytes, '%[fx:int(255*p{100,400}.r)] %[fx:int(255*p{100,400}.g)] %[fx:int(255*p{100,400}.b)]');
    const right = identify(out.bytes, '%[fx:int(255*p{900,400}.r)]');
    for (const v of left.split(' ')) expect(Number(v)).toBeGreaterThanOrEqual(250);
    expect(Number(right)).toBeLessThanOrEqual(5);
  });

  it('takes the project’s other fixtures: PNG with alpha, BMP (through the BMP decoder)', async () => {
    const png = await normalizeImage(await pngImage(), DEFAULT_IMAGE_PROFILE, DATE);
    expect(identify(png.bytes, '%m %w %h %x')).toBe('JPEG 320 240 300');
    const bmp = await normalizeImage(bmpImage(1000, 700), DEFAULT_IMAGE_PROFILE, DATE);
    expect(identify(bmp.bytes, '%m %w %h %x')).toBe('JPEG 1000 700 300');
    // Left half red, right half blue, as the BMP fixture draws them (rows bottom-up decoded correctly).
    expect(identify(bmp.bytes, '%[fx:int(255*p{100,100}.r)] %[fx:int(255*p{900,100}.b)]')).toMatch(/^2[45]\d 2[45]\d$/);
  });

  it('converts an embedded ICC profile to sRGB and drops it', async () => {
    const colour = { r: 30, g: 200, b: 60 };
    const plain = await sharp({ create: { width: 900, height: 700, channels: 3, background: colour } }).png().toBuffer();
    // The same colour stored as Display P3 numbers, with the P3 profile embedded.
    const tagged = await sharp(plain).withIccProfile('p3').png().toBuffer();
    expect(identify(tagged, '%[profile:icc]')).toMatch(/P3/);
    const stored = identify(tagged, '%[fx:int(255*p{10,10}.r+0.5)] %[fx:int(255*p{10,10}.g+0.5)] %[fx:int(255*p{10,10}.b+0.5)]').split(' ').map(Number);
    expect(Math.abs(stored[0]! - colour.r) + Math.abs(stored[1]! - colour.g) + Math.abs(stored[2]! - colour.b)).toBeGreaterThan(20);
    const out = await normalizeImage(tagged, DEFAULT_IMAGE_PROFILE, DATE);
    expect(identify(out.bytes, '%[profile:icc]')).toBe('');
    // Out come the sRGB numbers of the colour, not the P3 numbers with their profile dropped.
    const got = identify(out.bytes, '%[fx:int(255*p{10,10}.r+0.5)] %[fx:int(255*p{10,10}.g+0.5)] %[fx:int(255*p{10,10}.b+0.5)]').split(' ').map(Number);
    expect(Math.abs(got[0]! - colour.r)).toBeLessThanOrEqual(4);
    expect(Math.abs(got[1]! - colour.g)).toBeLessThanOrEqual(4);
    expect(Math.abs(got[2]! - colour.b)).toBeLessThanOrEqual(4);
  });

  it('refuses what is not an image, in Chinese', async () => {
    await expect(normalizeImage(textFile(), DEFAULT_IMAGE_PROFILE, DATE)).rejects.toThrow(StandardImageError);
    await expect(normalizeImage(textFile(), DEFAULT_IMAGE_PROFILE, DATE)).rejects.toThrow('不是可识别的图片文件');
  });

  it('defaults come from the schema', () => {
    expect(imageProfileSchema.parse({})).toEqual(DEFAULT_IMAGE_PROFILE);
  });
});

describe('normalizeImage: quality flags', () => {
  it('flags a tiny image', async () => {
    const out = await normalizeImage(await sharpScan(640, 480), DEFAULT_IMAGE_PROFILE, DATE);
    expect(out.flags).toContain('分辨率低于800×600');
    // 600×800 (portrait) is as good as 800×600.
    const portrait = await normalizeImage(await sharp(await documentScan(600, 800)).jpeg().toBuffer(), DEFAULT_IMAGE_PROFILE, DATE);
    expect(portrait.flags).not.toContain('分辨率低于800×600');
  });

  it('flags a dark photo, and only as dark', async () => {
    const out = await normalizeImage(await darkPhoto(), DEFAULT_IMAGE_PROFILE, DATE);
    expect(out.flags).toEqual(['过暗']);
  });

  it('flags a washed-out scan as overexposed', async () => {
    const out = await normalizeImage(await overexposedScan(), DEFAULT_IMAGE_PROFILE, DATE);
    expect(out.flags).toContain('过曝');
    expect(out.flags).not.toContain('过暗');
  });

  it('flags a blurred scan and not the same scan sharp', async () => {
    const sharpOut = await normalizeImage(await sharpScan(), DEFAULT_IMAGE_PROFILE, DATE);
    expect(sharpOut.flags).toEqual([]);
    const blurred = await normalizeImage(await blurredScan(1600, 1200, 3), DEFAULT_IMAGE_PROFILE, DATE);
    expect(blurred.flags).toEqual(['可能模糊']);
    const slightly = await normalizeImage(await blurredScan(1600, 1200, 2), DEFAULT_IMAGE_PROFILE, DATE);
    expect(slightly.flags).toEqual(['可能模糊']);
  });

  it('flags a blank image as unreadable (blurry), not as dark when it is mid-grey', async () => {
    const out = await normalizeImage(await jpegImage(1600, 1200, '#888888'), DEFAULT_IMAGE_PROFILE, DATE);
    expect(out.flags).toEqual(['可能模糊']);
  });
});
