// A scan or photo made into a standard electronic image (docs/ARCHITECTURE.md, 第九条): EXIF orientation applied,
// sRGB, long edge at most profile.longEdge (never enlarged), transparency on white, optional tiled
// watermark, JPEG with a JFIF density of profile.dpi, no EXIF / XMP / ICC / GPS, at most
// profile.maxBytes by stepping quality down from 90 by 5 to profile.minQuality (then shrinking).
import sharp from 'sharp';
import type { ImageProfile } from '../../shared/records/imageProfile';
import { watermarkLine } from '../../shared/records/imageProfile';
import { decodeFailure, ImageProblem, openImage } from '../attachments/decode';
import { detectImageType, type ImageType } from '../attachments/imageType';
import { withJfifDensity } from './jfif';
import { FLAG_SMALL, measureQuality, MIN_HEIGHT, MIN_WIDTH, qualityFlags } from './quality';
import { applyWatermark } from './watermark';

export interface NormalizedImage {
  bytes: Buffer;
  width: number;
  height: number;
  /** The JPEG quality the file was written at. */
  quality: number;
  /** Chinese reasons: 分辨率低于800×600 / 过暗 / 过曝 / 可能模糊 / 已缩小至…以满足文件大小上限. */
  flags: string[];
}

export const START_QUALITY = 90;
export const QUALITY_STEP = 5;

const PROBLEM_TEXT: Record<ImageProblem['reason'], string> = {
  damaged: '图片已损坏或不完整，无法读取',
  'unsupported-variant': '图片格式的这种变体不受支持',
  'too-many-pixels': '图片像素过多，无法处理',
  'heic-unavailable': '本机无法解码 HEIC 图片，请转为 JPEG 后重新上传',
};

/** Why an original could not be made into a standard image (Chinese; the caller names the file). */
export class StandardImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StandardImageError';
  }
}

function imageTypeOf(input: Buffer): ImageType {
  const detected = detectImageType(input);
  if ('supported' in detected) return detected.supported;
  if ('unsupported' in detected) throw new StandardImageError(`不支持的图片格式：${detected.unsupported}`);
  throw new StandardImageError('不是可识别的图片文件');
}

interface Raw {
  data: Buffer;
  info: { width: number; height: number; channels: 3 };
}

/**
 * Decoded, oriented, sRGB, resized, flattened pixels. The JPEG is later encoded from these raw pixels in
 * a fresh pipeline, which has no input metadata to keep: nothing of the original's EXIF (GPS, camera,
 * orientation), XMP or ICC profile can reach the output. An embedded ICC profile is applied on the way
 * (sharp converts to sRGB with it when the output keeps no profile).
 */
async function decodeToRaw(input: Buffer, type: ImageType, longEdge: number): Promise<Raw> {
  try {
    const { data, info } = await openImage(input, type)
      .rotate() // EXIF orientation
      .resize({ width: longEdge, height: longEdge, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected ${info.channels} channels`);
    return { data, info: { width: info.width, height: info.height, channels: 3 } };
  } catch (err) {
    if (err instanceof StandardImageError) throw err;
    throw new StandardImageError(PROBLEM_TEXT[decodeFailure(err, type).reason]);
  }
}

async function encode(raw: Raw, quality: number, dpi: number): Promise<Buffer> {
  const jpeg = await sharp(raw.data, { raw: raw.info }).jpeg({ quality, chromaSubsampling: '4:2:0' }).toBuffer();
  return withJfifDensity(jpeg, dpi);
}

/** 90, 85, … down to minQuality (which is always tried last). */
export function qualitySteps(minQuality: number): number[] {
  const steps: number[] = [];
  for (let q = START_QUALITY; q > minQuality; q -= QUALITY_STEP) steps.push(q);
  steps.push(Math.min(minQuality, START_QUALITY));
  return steps;
}

async function shrink(raw: Raw, factor: number): Promise<Raw> {
  const width = Math.max(1, Math.floor(raw.info.width * factor));
  const height = Math.max(1, Math.floor(raw.info.height * factor));
  const data = await sharp(raw.data, { raw: raw.info }).resize({ width, height, fit: 'fill' }).raw().toBuffer();
  return { data, info: { width, height, channels: 3 } };
}

/** ISO/IEC 7810 ID-1 (居民身份证 and the other card-sized IDs): 85.6 × 54 mm. */
export const ID_CARD_WIDTH_MM = 85.6;

/** The density (dots per inch) that prints `pixels` across `millimetres`: a card scan then prints at real size. */
export const densityFor = (pixels: number, millimetres: number): number => Math.round((pixels * 25.4) / millimetres);

/**
 * `realWidthMm`: the document's real long edge (ID_CARD_WIDTH_MM for an ID card); the JPEG then carries the
 * density that prints it at that size instead of profile.dpi.
 */
export async function normalizeImage(
  input: Buffer,
  profile: ImageProfile,
  opts: { watermarkDate: string; realWidthMm?: number },
): Promise<NormalizedImage> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.watermarkDate)) throw new Error(`watermarkDate must be YYYY-MM-DD, got ${opts.watermarkDate}`);
  const type = imageTypeOf(input);
  let raw = await decodeToRaw(input, type, profile.longEdge);

  // Flags describe the picture as delivered, before the watermark adds edges of its own.
  const flags = qualityFlags(await measureQuality(raw.data, raw.info));

  if (profile.watermark.enabled && profile.watermark.text.trim() !== '') {
    try {
      raw = { ...raw, data: await applyWatermark(raw.data, raw.info, watermarkLine(profile.watermark.text, opts.watermarkDate)) };
    } catch (err) {
      throw new StandardImageError(err instanceof Error && /[\u4e00-\u9fff]/.test(err.message) ? err.message : '无法添加水印');
    }
  }

  const dpiOf = (r: Raw) => (opts.realWidthMm ? densityFor(Math.max(r.info.width, r.info.height), opts.realWidthMm) : profile.dpi);
  const steps = qualitySteps(profile.minQuality);
  let bytes: Buffer | undefined;
  let quality = steps[0]!;
  for (const q of steps) {
    quality = q;
    bytes = await encode(raw, q, dpiOf(raw));
    if (bytes.length <= profile.maxBytes) break;
  }
  // Even the lowest quality is too large: shrink (bytes scale roughly with the pixel count) until it fits.
  let shrunk = false;
  for (let attempt = 0; bytes && bytes.length > profile.maxBytes && attempt < 12; attempt++) {
    const factor = Math.min(0.95, Math.sqrt(profile.maxBytes / bytes.length) * 0.97);
    raw = await shrink(raw, factor);
    bytes = await encode(raw, quality, dpiOf(raw));
    shrunk = true;
  }
  if (!bytes || bytes.length > profile.maxBytes) {
    throw new StandardImageError(`无法把图片压缩到 ${profile.maxBytes} 字节以内`);
  }
  if (shrunk) {
    flags.push(`已缩小至${raw.info.width}×${raw.info.height}以满足文件大小上限`);
    if (!flags.includes(FLAG_SMALL) && (Math.max(raw.info.width, raw.info.height) < MIN_WIDTH || Math.min(raw.info.width, raw.info.height) < MIN_HEIGHT)) {
      flags.unshift(FLAG_SMALL);
    }
  }
  return { bytes, width: raw.info.width, height: raw.info.height, quality, flags };
}
