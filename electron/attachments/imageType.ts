import { isBmp } from './bmp';

/** The image types a scan may be. */
export type ImageKind = 'jpeg' | 'png' | 'webp' | 'tiff' | 'bmp' | 'heic';

export interface ImageType {
  kind: ImageKind;
  /** Extension the original is stored under: attachments/<sha256>.<ext>. */
  ext: string;
  mime: string;
  /** Name in messages. */
  label: string;
}

export const IMAGE_TYPES: Record<ImageKind, ImageType> = {
  jpeg: { kind: 'jpeg', ext: 'jpg', mime: 'image/jpeg', label: 'JPEG' },
  png: { kind: 'png', ext: 'png', mime: 'image/png', label: 'PNG' },
  webp: { kind: 'webp', ext: 'webp', mime: 'image/webp', label: 'WebP' },
  tiff: { kind: 'tiff', ext: 'tif', mime: 'image/tiff', label: 'TIFF' },
  bmp: { kind: 'bmp', ext: 'bmp', mime: 'image/bmp', label: 'BMP' },
  heic: { kind: 'heic', ext: 'heic', mime: 'image/heic', label: 'HEIC' },
};

export const SUPPORTED_LIST = 'JPEG、PNG、WebP、TIFF、BMP 或 HEIC';

/** A stored extension back to its type (the row keeps only the extension). */
export function typeOfExt(ext: string): ImageType | undefined {
  return Object.values(IMAGE_TYPES).find((t) => t.ext === ext);
}

/** What the content is: a supported type, a recognised but unsupported format (its name), or unknown. */
export type Detected = { supported: ImageType } | { unsupported: string } | { unknown: true };

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** The ISO base media 'ftyp' brands (major first), or null when the file does not start with one. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const size = Math.min(bytes.length, ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

/** The real type of a file, from its first bytes (never from its name). */
export function detectImageType(bytes: Uint8Array): Detected {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { supported: IMAGE_TYPES.jpeg };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { supported: IMAGE_TYPES.png };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { supported: IMAGE_TYPES.webp };
  const head = bytes.length >= 4 ? ascii(bytes, 0, 4) : '';
  // Classic and BigTIFF, both byte orders.
  if (head === 'II*\0' || head === 'MM\0*' || head === 'II+\0' || head === 'MM\0+') return { supported: IMAGE_TYPES.tiff };
  if (isBmp(bytes)) return { supported: IMAGE_TYPES.bmp };
  const brands = ftypBrands(bytes);
  if (brands) {
    const [major = ''] = brands;
    if (AVIF_BRANDS.has(major) || (!HEIC_BRANDS.has(major) && brands.some((b) => AVIF_BRANDS.has(b)))) return { unsupported: 'AVIF' };
    if (HEIC_BRANDS.has(major) || brands.some((b) => HEIC_BRANDS.has(b))) return { supported: IMAGE_TYPES.heic };
    return { unsupported: 'MP4/MOV 视频' };
  }
  if (head === 'GIF8') return { unsupported: 'GIF' };
  if (head === '%PDF') return { unsupported: 'PDF' };
  if (head === '8BPS') return { unsupported: 'Photoshop (PSD)' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { unsupported: 'ZIP 压缩包或 Office 文档' };
  return { unknown: true };
}

/** What a file name's extension claims the content is. */
export type Claimed = { supported: ImageType } | { unsupported: string } | null;

const SUPPORTED_EXTS: Record<string, ImageKind> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  webp: 'webp',
  tif: 'tiff',
  tiff: 'tiff',
  bmp: 'bmp',
  dib: 'bmp',
  heic: 'heic',
  heif: 'heic',
  hif: 'heic',
};

// Image formats a scanner or a phone may produce that are not accepted.
const UNSUPPORTED_EXTS: Record<string, string> = {
  gif: 'GIF',
  avif: 'AVIF',
  svg: 'SVG',
  pdf: 'PDF',
  psd: 'Photoshop (PSD)',
  ico: 'ICO',
  jxl: 'JPEG XL',
  jp2: 'JPEG 2000',
  dng: 'RAW',
  cr2: 'RAW',
  cr3: 'RAW',
  nef: 'RAW',
  arw: 'RAW',
  orf: 'RAW',
  rw2: 'RAW',
  raf: 'RAW',
};

/** The type an extension claims; null for an extension that says nothing about images. */
export function claimedByExtension(ext: string): Claimed {
  const kind = SUPPORTED_EXTS[ext];
  if (kind) return { supported: IMAGE_TYPES[kind] };
  const other = UNSUPPORTED_EXTS[ext];
  return other ? { unsupported: other } : null;
}
