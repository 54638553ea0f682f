// The optional tiled watermark: "仅供备案使用 2026-11-24" repeated diagonally over the whole image.
//
// The text is set by Pango (inside sharp's libvips) with the app's own CJK font file, the one the PDFs
// use (Noto Sans SC, assets/fonts/ or node_modules), registered through `fontfile`: system fonts are
// not relied on — Windows and macOS machines have no fontconfig CJK font that sharp's bundled
// fontconfig would find, and an SVG <text> rendered by librsvg would then show boxes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { FACE_SOURCES, locateFace } from '../pdf/fonts';

const FONT_FAMILY = 'Noto Sans SC';

/**
 * A font path the native libraries can open. In the packaged app assets/ lies inside app.asar, which
 * only Electron's patched fs can read; fontconfig needs the copy electron-builder unpacks beside it
 * (asarUnpack: assets/fonts/**). Without one the watermark is refused rather than drawn as boxes.
 */
export function nativeFontPath(file: string): string {
  const marker = `${path.sep}app.asar${path.sep}`;
  if (!file.includes(marker)) return file;
  const unpacked = file.replace(marker, `${path.sep}app.asar.unpacked${path.sep}`);
  if (existsSync(unpacked)) return unpacked;
  throw new Error('找不到水印所需的中文字体文件（assets/fonts 未解包），无法添加水印');
}

let fontFile: string | undefined;
function cjkFontFile(): string {
  fontFile ??= nativeFontPath(locateFace(FACE_SOURCES[0]!));
  return fontFile;
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** One line of text as an RGBA PNG, `sizePx` pixels high em, grey and translucent. */
export async function renderTextLine(text: string, sizePx: number, opts: { color?: string; alphaPercent?: number } = {}): Promise<Buffer> {
  const color = opts.color ?? '#5a5a5a';
  const alpha = opts.alphaPercent ?? 32;
  return sharp({
    text: {
      text: `<span foreground="${color}" alpha="${alpha}%">${escapeMarkup(text)}</span>`,
      font: `${FONT_FAMILY} ${Math.max(6, Math.round(sizePx))}`,
      fontfile: cjkFontFile(),
      dpi: 72, // 1 pt = 1 px
      rgba: true,
    },
  })
    .png()
    .toBuffer();
}

/**
 * A tile holding the text rotated 30° up and padded, so that tiling it covers the image with a
 * diagonal pattern. Sized from the image: the text is about 1/40 of the long edge.
 */
export async function watermarkTile(line: string, width: number, height: number): Promise<Buffer> {
  const longEdge = Math.max(width, height);
  const sizePx = Math.max(12, Math.round(longEdge / 40));
  const text = await renderTextLine(line, sizePx);
  const transparent = { r: 0, g: 0, b: 0, alpha: 0 };
  const rotated = await sharp(text).rotate(-30, { background: transparent }).png().toBuffer({ resolveWithObject: true });
  const gap = Math.round(sizePx * 2.5);
  let tile = sharp(rotated.data).extend({ top: gap, bottom: gap, left: gap, right: gap, background: transparent });
  const tileW = rotated.info.width + 2 * gap;
  const tileH = rotated.info.height + 2 * gap;
  // composite() refuses an overlay larger than the image.
  if (tileW > width || tileH > height) {
    tile = sharp(await tile.png().toBuffer()).resize({ width, height, fit: 'inside' });
  }
  return tile.png().toBuffer();
}

/** The raw RGB pixels with the watermark tiled over them (returns new raw pixels of the same size). */
export async function applyWatermark(raw: Buffer, info: { width: number; height: number; channels: 3 }, line: string): Promise<Buffer> {
  const tile = await watermarkTile(line, info.width, info.height);
  return sharp(raw, { raw: info })
    .composite([{ input: tile, tile: true, blend: 'over' }])
    .removeAlpha()
    .raw()
    .toBuffer();
}
