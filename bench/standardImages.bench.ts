// Standard electronic images: 20 phone photos (4032×3024, EXIF orientation 6) made into filing images
// with sharp against ImageMagick's convert with the same settings:
//   convert IN -auto-orient -strip -colorspace sRGB -resize 2480x2480> -density 300 -quality 85 OUT
// - sharp, same settings: the normalizeImage pipeline at one fixed quality 85 (orient, sRGB, resize,
//   flatten, JPEG, JFIF density 300, no metadata), from the bytes in memory;
// - normalizeImage as the export runs it: quality stepped from 90 down until ≤ 1 MB, quality flags;
// - convert: one process per photo, reading and writing files in a temp folder (that is how it is used).
// Env: BENCH_PHOTOS (default 20).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { DEFAULT_IMAGE_PROFILE } from '../shared/records/imageProfile';
import { normalizeImage } from '../electron/standardImages';
import { withJfifDensity } from '../electron/standardImages/jfif';
import { phonePhoto } from '../test/support/images';

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function sharpSameSettings(input: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(input)
    .rotate()
    .resize({ width: 2480, height: 2480, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const jpeg = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
  return withJfifDensity(jpeg, 300);
}

function convertAvailable(): string | null {
  try {
    return execFileSync('convert', ['-version'], { encoding: 'utf8' }).split('\n')[0] ?? 'convert';
  } catch {
    return null;
  }
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-images-'));
  try {
    const photos: Buffer[] = [];
    for (let i = 0; i < PHOTOS; i++) photos.push(await phonePhoto());
    const mb = photos.reduce((n, p) => n + p.length, 0) / photos.length / 1e6;
    const im = convertAvailable();
    console.log(`standardImages: ${PHOTOS} photos of 4032×3024 (orientation 6), ${mb.toFixed(1)} MB each on average`);
    console.log(`  ${os.cpus().length} cores, node ${process.version}, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}; ${im ?? 'ImageMagick convert: not installed'}`);

    const files = photos.map((p, i) => {
      const file = path.join(dir, `IMG_${i}.jpg`);
      writeFileSync(file, p);
      return file;
    });

    // One warm-up each (library load, thread pools), not counted.
    await sharpSameSettings(photos[0]!);
    await normalizeImage(photos[0]!, DEFAULT_IMAGE_PROFILE, { watermarkDate: '2026-11-24' });

    const same: number[] = [];
    const sameBytes: number[] = [];
    for (const p of photos) {
      const t = performance.now();
      const out = await sharpSameSettings(p);
      same.push(performance.now() - t);
      sameBytes.push(out.length);
    }
    const full: number[] = [];
    const fullQuality: number[] = [];
    const fullBytes: number[] = [];
    for (const p of photos) {
      const t = performance.now();
      const out = await normalizeImage(p, DEFAULT_IMAGE_PROFILE, { watermarkDate: '2026-11-24' });
      full.push(performance.now() - t);
      fullQuality.push(out.quality);
      fullBytes.push(out.bytes.length);
    }
    const kb = (xs: number[]) => `${(median(xs) / 1000).toFixed(0)} KB`;
    console.log(`  sharp, same settings (q85):        median ${median(same).toFixed(0)} ms, max ${Math.max(...same).toFixed(0)} ms, ${kb(sameBytes)}`);
    console.log(
      `  normalizeImage (≤ 1 MB, flags):     median ${median(full).toFixed(0)} ms, max ${Math.max(...full).toFixed(0)} ms, ${kb(fullBytes)}, quality median ${median(fullQuality)}`,
    );

    if (!im) {
      console.log('  ImageMagick convert: skipped (not installed)');
      return;
    }
    const magick: number[] = [];
    const magickBytes: number[] = [];
    execFileSync('convert', [files[0]!, '-auto-orient', '-strip', '-colorspace', 'sRGB', '-resize', '2480x2480>', '-density', '300', '-quality', '85', path.join(dir, 'warm.jpg')]);
    for (const [i, file] of files.entries()) {
      const out = path.join(dir, `out_${i}.jpg`);
      const t = performance.now();
      execFileSync('convert', [file, '-auto-orient', '-strip', '-colorspace', 'sRGB', '-resize', '2480x2480>', '-density', '300', '-quality', '85', out]);
      magick.push(performance.now() - t);
      magickBytes.push(Number(execFileSync('stat', ['-c', '%s', out], { encoding: 'utf8' })));
    }
    console.log(`  ImageMagick convert (q85):          median ${median(magick).toFixed(0)} ms, max ${Math.max(...magick).toFixed(0)} ms, ${kb(magickBytes)}`);
    console.log(`  ratio convert / sharp (same settings): ${(median(magick) / median(same)).toFixed(1)}×`);
    console.log(`  ratio convert / normalizeImage:        ${(median(magick) / median(full)).toFixed(1)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
