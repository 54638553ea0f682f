import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_PROFILE, watermarkLine } from '../../../shared/records/imageProfile';
import { normalizeImage, renderTextLine } from '../../../electron/standardImages';
import { nativeFontPath } from '../../../electron/standardImages/watermark';
import { sharpScan } from './fixtures';
import { identify } from './identify';

/** Alpha coverage of a rendered text line, and its pixels. */
async function ink(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().extractChannel(3).raw().toBuffer({ resolveWithObject: true });
  let covered = 0;
  for (const a of data) if (a > 0) covered++;
  return { covered, data, width: info.width, height: info.height };
}

describe('watermark text', () => {
  it('renders Chinese with the app’s font (different characters, different glyphs; no boxes)', async () => {
    const a = await ink(await renderTextLine('仅', 64));
    const b = await ink(await renderTextLine('供', 64));
    const c = await ink(await renderTextLine('案', 64));
    for (const x of [a, b, c]) expect(x.covered).toBeGreaterThan(100);
    // A missing glyph is drawn as the same box (or hex box) every time; real glyphs differ.
    expect(a.data.equals(b.data)).toBe(false);
    expect(b.data.equals(c.data)).toBe(false);
    expect(Math.abs(a.covered - b.covered) + Math.abs(b.covered - c.covered)).toBeGreaterThan(20);
  });

  it('never hands fontconfig a path inside app.asar (packaged app without the unpacked fonts: a clear refusal)', () => {
    expect(nativeFontPath('/opt/app/assets/fonts/NotoSansSC_400Regular.ttf')).toBe('/opt/app/assets/fonts/NotoSansSC_400Regular.ttf');
    expect(() => nativeFontPath('/nowhere/resources/app.asar/assets/fonts/NotoSansSC_400Regular.ttf')).toThrow('找不到水印所需的中文字体文件');
  });

  it('is the text and the date', () => {
    expect(watermarkLine('仅供备案使用', '2026-11-24')).toBe('仅供备案使用 2026-11-24');
  });

  it('is off by default and, when on, tiles over the whole image without changing size, dpi or metadata rules', async () => {
    const scan = await sharpScan(1600, 1200);
    const plain = await normalizeImage(scan, DEFAULT_IMAGE_PROFILE, { watermarkDate: '2026-11-24' });
    const marked = await normalizeImage(
      scan,
      { ...DEFAULT_IMAGE_PROFILE, watermark: { enabled: true, text: '仅供备案使用' } },
      { watermarkDate: '2026-11-24' },
    );
    expect(identify(marked.bytes, '%w %h %x')).toBe('1600 1200 300');
    expect(identify(marked.bytes, '%[EXIF:*]')).toBe('');
    // The watermark must not turn into a quality flag of its own.
    expect(marked.flags).toEqual(plain.flags);

    // Where the two differ: in every quarter of the image (tiled, not one stamp).
    const p = await sharp(plain.bytes).greyscale().raw().toBuffer();
    const m = await sharp(marked.bytes).greyscale().raw().toBuffer();
    const changed = [0, 0, 0, 0];
    for (let y = 0; y < 1200; y++) {
      for (let x = 0; x < 1600; x++) {
        const i = y * 1600 + x;
        if (Math.abs(p[i]! - m[i]!) > 25) changed[(y < 600 ? 0 : 2) + (x < 800 ? 0 : 1)]!++;
      }
    }
    for (const n of changed) expect(n).toBeGreaterThan(500);
    // Translucent: the page stays mostly as it was.
    const differing = changed.reduce((s, n) => s + n, 0) / (1600 * 1200);
    expect(differing).toBeLessThan(0.2);
  });
});
