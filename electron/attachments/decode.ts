import sharp from 'sharp';
import { decodeBmp, readBmpHeader } from './bmp';
import type { ImageType } from './imageType';
import { MAX_ATTACHMENT_PIXELS } from './limits';

/** Why an image cannot be used; the caller words it with the file name. */
export class ImageProblem extends Error {
  constructor(
    readonly reason: 'damaged' | 'unsupported-variant' | 'too-many-pixels' | 'heic-unavailable',
    readonly pixels?: { width: number; height: number },
  ) {
    super(reason);
    this.name = 'ImageProblem';
  }
}

/**
 * Whether this libvips can decode HEIC (HEVC-coded HEIF). sharp's prebuilt binaries carry libheif with
 * the AV1 decoder only and then list '.avif' as the sole HEIF suffix; a system libvips built with an
 * HEVC decoder lists '.heic'.
 */
export function heicDecoderAvailable(): boolean {
  const heif = (sharp.format as unknown as Record<string, sharp.AvailableFormatInfo | undefined>).heif;
  return !!heif?.input.buffer && (heif.input.fileSuffix ?? []).includes('.heic');
}

export interface ImageSize {
  /** As displayed: EXIF orientation applied. */
  width: number;
  height: number;
}

function checkPixels(width: number, height: number): void {
  if (!(width > 0 && height > 0)) throw new ImageProblem('damaged');
  if (width * height > MAX_ATTACHMENT_PIXELS) throw new ImageProblem('too-many-pixels', { width, height });
}

/** Reads the header only (no pixels are decoded) and checks the pixel count. */
export async function inspectImage(bytes: Buffer, type: ImageType): Promise<ImageSize> {
  if (type.kind === 'bmp') {
    const h = readBmpHeader(bytes);
    if (typeof h === 'string') throw new ImageProblem(h === 'unsupported' ? 'unsupported-variant' : 'damaged');
    checkPixels(h.width, h.height);
    return { width: h.width, height: h.height };
  }
  if (type.kind === 'heic' && !heicDecoderAvailable()) throw new ImageProblem('heic-unavailable');
  let meta: sharp.Metadata;
  try {
    // No pixel limit here: the header is read to give the size in the message.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageProblem(type.kind === 'heic' ? 'heic-unavailable' : 'damaged');
  }
  checkPixels(meta.width, meta.height);
  return { width: meta.autoOrient?.width ?? meta.width, height: meta.autoOrient?.height ?? meta.height };
}

/** A sharp pipeline over the decoded image (first page of a multi-page file). */
export function openImage(bytes: Buffer, type: ImageType): sharp.Sharp {
  const options = { limitInputPixels: MAX_ATTACHMENT_PIXELS, failOn: 'truncated' as const };
  if (type.kind !== 'bmp') return sharp(bytes, options);
  const h = readBmpHeader(bytes);
  if (typeof h === 'string') throw new ImageProblem(h === 'unsupported' ? 'unsupported-variant' : 'damaged');
  checkPixels(h.width, h.height);
  const raw = decodeBmp(bytes, h);
  if (typeof raw === 'string') throw new ImageProblem(raw === 'unsupported' ? 'unsupported-variant' : 'damaged');
  return sharp(raw.data, { ...options, raw: { width: raw.width, height: raw.height, channels: raw.channels } });
}

/**
 * A JPEG of at most `edge` pixels on the long side: EXIF orientation applied, transparency on white,
 * sRGB, and no metadata at all (sharp writes none unless asked: phone photos carry GPS).
 */
export async function renderJpeg(image: sharp.Sharp, edge: number): Promise<Buffer> {
  return image
    .rotate()
    .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .jpeg({ quality: 82 })
    .toBuffer();
}

/** Turns a decoder failure into an ImageProblem (an ImageProblem passes through). */
export function decodeFailure(err: unknown, type: ImageType): ImageProblem {
  if (err instanceof ImageProblem) return err;
  const message = err instanceof Error ? err.message : '';
  if (/pixel limit/i.test(message)) return new ImageProblem('too-many-pixels');
  if (type.kind === 'heic' && /codec|plugin|decoder|unsupported/i.test(message)) return new ImageProblem('heic-unavailable');
  return new ImageProblem('damaged');
}
