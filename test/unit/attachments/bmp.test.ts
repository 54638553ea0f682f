import { describe, expect, it } from 'vitest';
import { decodeBmp, isBmp, readBmpHeader, type BmpHeader, type RawImage } from '../../../electron/attachments/bmp';
import { bmpImage } from '../../support/images';

/** A BMP with a 40-byte header and the given pixel rows (already padded), palette and masks. */
function bmp(opts: { width: number; height: number; bpp: number; compression?: number; palette?: number[][]; masks?: number[]; rows: number[][] }): Buffer {
  const palette = Buffer.from((opts.palette ?? []).flatMap(([r, g, b]) => [b!, g!, r!, 0]));
  const masks = Buffer.alloc((opts.masks ?? []).length * 4);
  (opts.masks ?? []).forEach((m, i) => masks.writeUInt32LE(m >>> 0, i * 4));
  const pixels = Buffer.from(opts.rows.flat());
  const offset = 54 + masks.length + palette.length;
  const head = Buffer.alloc(54);
  head.write('BM', 0, 'latin1');
  head.writeUInt32LE(offset + pixels.length, 2);
  head.writeUInt32LE(offset, 10);
  head.writeUInt32LE(40, 14);
  head.writeInt32LE(opts.width, 18);
  head.writeInt32LE(opts.height, 22);
  head.writeUInt16LE(1, 26);
  head.writeUInt16LE(opts.bpp, 28);
  head.writeUInt32LE(opts.compression ?? 0, 30);
  head.writeUInt32LE((opts.palette ?? []).length, 46);
  return Buffer.concat([head, masks, palette, pixels]);
}

function decode(bytes: Buffer): RawImage {
  const h = readBmpHeader(bytes);
  if (typeof h === 'string') throw new Error(h);
  const raw = decodeBmp(bytes, h);
  if (typeof raw === 'string') throw new Error(raw);
  return raw;
}

const pixel = (raw: RawImage, x: number, y: number) => [...raw.data.subarray((y * raw.width + x) * raw.channels, (y * raw.width + x + 1) * raw.channels)];

describe('BMP decoding (sharp reads none)', () => {
  it('recognises a BMP by its signature and header size, not by "BM" alone', () => {
    expect(isBmp(bmpImage(4, 4))).toBe(true);
    expect(isBmp(Buffer.from('BM is also how this text file starts', 'latin1'))).toBe(false);
  });

  it('reads 24-bit bottom-up rows', () => {
    const raw = decode(bmpImage(4, 2));
    expect(raw).toMatchObject({ width: 4, height: 2, channels: 3 });
    expect(pixel(raw, 0, 0)).toEqual([255, 0, 0]);
    expect(pixel(raw, 3, 1)).toEqual([0, 0, 255]);
  });

  it('reads 1-bit and 8-bit palette images, top-down when the height is negative', () => {
    // 1-bit, 3 wide: bits 1 0 1, row padded to 4 bytes; top row first (height -2).
    const mono = decode(bmp({ width: 3, height: -2, bpp: 1, palette: [[0, 0, 0], [255, 255, 255]], rows: [[0b10100000, 0, 0, 0], [0b01000000, 0, 0, 0]] }));
    expect([pixel(mono, 0, 0), pixel(mono, 1, 0), pixel(mono, 2, 0)]).toEqual([[255, 255, 255], [0, 0, 0], [255, 255, 255]]);
    expect(pixel(mono, 1, 1)).toEqual([255, 255, 255]);
    const indexed = decode(bmp({ width: 2, height: 1, bpp: 8, palette: [[10, 20, 30], [200, 100, 50]], rows: [[1, 0, 0, 0]] }));
    expect([pixel(indexed, 0, 0), pixel(indexed, 1, 0)]).toEqual([[200, 100, 50], [10, 20, 30]]);
  });

  it('reads 16-bit 5-5-5 and 32-bit bit-field pixels with alpha', () => {
    const rgb555 = decode(bmp({ width: 1, height: 1, bpp: 16, rows: [[0x00, 0x7c, 0, 0]] })); // pure red
    expect(pixel(rgb555, 0, 0)).toEqual([255, 0, 0]);
    const argb = decode(
      bmp({ width: 1, height: 1, bpp: 32, compression: 6, masks: [0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000], rows: [[0x30, 0x20, 0x10, 0x80]] }),
    );
    expect(argb.channels).toBe(4);
    expect(pixel(argb, 0, 0)).toEqual([0x10, 0x20, 0x30, 0x80]);
  });

  it('refuses RLE compression as unsupported and cut-off pixel data as damaged', () => {
    expect(readBmpHeader(bmp({ width: 2, height: 2, bpp: 8, compression: 1, palette: [[0, 0, 0]], rows: [[0, 0, 0, 0]] }))).toBe('unsupported');
    const whole = bmpImage(16, 16);
    const cut = whole.subarray(0, whole.length - 100);
    const h = readBmpHeader(cut) as BmpHeader;
    expect(decodeBmp(cut, h)).toBe('damaged');
  });
});
