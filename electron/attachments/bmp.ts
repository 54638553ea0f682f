// sharp's prebuilt libvips reads no BMP, so BMP scans are decoded here into raw pixels that sharp
// then treats like any other image. Uncompressed and bit-field BMPs (what scanners and Windows Paint
// write) are read; RLE and embedded JPEG/PNG BMPs are refused as unsupported.

const DIB_HEADER_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);
const BI_RGB = 0;
const BI_BITFIELDS = 3;
const BI_ALPHABITFIELDS = 6;

export interface BmpHeader {
  width: number;
  /** Always positive; `topDown` tells the row order. */
  height: number;
  topDown: boolean;
  bitsPerPixel: number;
  pixelOffset: number;
  /** Palette of indexed images, as [r, g, b] triples. */
  palette: number[][];
  masks: { r: number; g: number; b: number; a: number } | null;
}

export type BmpProblem = 'damaged' | 'unsupported';

/** True when the bytes start like a BMP file (a "BM" signature alone is too weak: check the header size too). */
export function isBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 18 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return false;
  return DIB_HEADER_SIZES.has(view(bytes).getUint32(14, true));
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function defaultMasks(bpp: number): BmpHeader['masks'] {
  if (bpp === 16) return { r: 0x7c00, g: 0x03e0, b: 0x001f, a: 0 };
  if (bpp === 32) return { r: 0x00ff0000, g: 0x0000ff00, b: 0x000000ff, a: 0 };
  return null;
}

/** Reads the headers; the pixel count is known from here without touching the pixels. */
export function readBmpHeader(bytes: Uint8Array): BmpHeader | BmpProblem {
  if (!isBmp(bytes)) return 'damaged';
  const v = view(bytes);
  const headerSize = v.getUint32(14, true);
  if (bytes.length < 14 + headerSize) return 'damaged';
  const pixelOffset = v.getUint32(10, true);
  let width: number;
  let rawHeight: number;
  let bitsPerPixel: number;
  let compression = BI_RGB;
  let colorsUsed = 0;
  if (headerSize === 12) {
    width = v.getUint16(18, true);
    rawHeight = v.getUint16(20, true);
    bitsPerPixel = v.getUint16(24, true);
  } else {
    width = v.getInt32(18, true);
    rawHeight = v.getInt32(22, true);
    bitsPerPixel = v.getUint16(28, true);
    compression = v.getUint32(30, true);
    colorsUsed = v.getUint32(46, true);
  }
  if (width <= 0 || rawHeight === 0) return 'damaged';
  if (![1, 4, 8, 16, 24, 32].includes(bitsPerPixel)) return 'unsupported';

  let masks = defaultMasks(bitsPerPixel);
  let paletteOffset = 14 + headerSize;
  if (compression === BI_BITFIELDS || compression === BI_ALPHABITFIELDS) {
    if (bitsPerPixel !== 16 && bitsPerPixel !== 32) return 'unsupported';
    const withAlpha = compression === BI_ALPHABITFIELDS || headerSize >= 56;
    if (bytes.length < 54 + (withAlpha ? 16 : 12)) return 'damaged';
    masks = { r: v.getUint32(54, true), g: v.getUint32(58, true), b: v.getUint32(62, true), a: withAlpha ? v.getUint32(66, true) : 0 };
    // A 40-byte header keeps its masks after itself, before the palette.
    if (headerSize === 40) paletteOffset += compression === BI_ALPHABITFIELDS ? 16 : 12;
  } else if (compression !== BI_RGB) {
    return 'unsupported';
  }

  const palette: number[][] = [];
  if (bitsPerPixel <= 8) {
    const entrySize = headerSize === 12 ? 3 : 4;
    const count = colorsUsed > 0 ? Math.min(colorsUsed, 1 << bitsPerPixel) : 1 << bitsPerPixel;
    if (paletteOffset + count * entrySize > bytes.length) return 'damaged';
    for (let i = 0; i < count; i++) {
      const at = paletteOffset + i * entrySize;
      palette.push([bytes[at + 2]!, bytes[at + 1]!, bytes[at]!]);
    }
  }
  return { width, height: Math.abs(rawHeight), topDown: rawHeight < 0, bitsPerPixel, pixelOffset, palette, masks };
}

function channelReader(mask: number): (px: number) => number {
  if (mask === 0) return () => 255;
  let shift = 0;
  while (((mask >>> shift) & 1) === 0) shift++;
  let bits = 0;
  while (((mask >>> (shift + bits)) & 1) === 1 && shift + bits < 32) bits++;
  const max = bits >= 32 ? 0xffffffff : 2 ** bits - 1;
  return (px) => {
    const value = (px & mask) >>> shift;
    return bits >= 8 ? value >>> (bits - 8) : Math.round((value * 255) / max);
  };
}

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

/** Decodes the pixels (top row first) of a BMP whose header `readBmpHeader` accepted. */
export function decodeBmp(bytes: Uint8Array, h: BmpHeader): RawImage | BmpProblem {
  const stride = Math.floor((h.bitsPerPixel * h.width + 31) / 32) * 4;
  if (h.pixelOffset + stride * h.height > bytes.length) return 'damaged';
  const alpha = !!h.masks && h.masks.a !== 0;
  const channels = alpha ? 4 : 3;
  const out = Buffer.alloc(h.width * h.height * channels);
  const v = view(bytes);
  const reads = h.masks ? [h.masks.r, h.masks.g, h.masks.b, h.masks.a].map(channelReader) : [];

  for (let y = 0; y < h.height; y++) {
    const row = h.pixelOffset + (h.topDown ? y : h.height - 1 - y) * stride;
    let o = y * h.width * channels;
    for (let x = 0; x < h.width; x++, o += channels) {
      let rgb: readonly number[];
      if (h.bitsPerPixel <= 8) {
        const bit = x * h.bitsPerPixel;
        const byte = bytes[row + (bit >> 3)]!;
        const index = (byte >> (8 - h.bitsPerPixel - (bit & 7))) & ((1 << h.bitsPerPixel) - 1);
        rgb = h.palette[index] ?? [0, 0, 0];
      } else if (h.bitsPerPixel === 24) {
        const at = row + x * 3;
        rgb = [bytes[at + 2]!, bytes[at + 1]!, bytes[at]!];
      } else {
        const px = h.bitsPerPixel === 16 ? v.getUint16(row + x * 2, true) : v.getUint32(row + x * 4, true);
        rgb = [reads[0]!(px), reads[1]!(px), reads[2]!(px)];
        if (alpha) out[o + 3] = reads[3]!(px);
      }
      out[o] = rgb[0]!;
      out[o + 1] = rgb[1]!;
      out[o + 2] = rgb[2]!;
    }
  }
  return { data: out, width: h.width, height: h.height, channels };
}
