// Image fixtures made at test time (no binary files in the repository).
import { randomBytes } from 'node:crypto';
import { deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';

/** A solid-colour image of the given size as a sharp pipeline. */
function solid(width: number, height: number, background = '#2a6fb0') {
  return sharp({ create: { width, height, channels: 3, background } });
}

/**
 * A phone photo: 400×200 as stored, EXIF orientation 6 (displayed 200×400, portrait), camera tags and
 * GPS coordinates that must never reach a thumbnail or preview.
 */
export function jpegWithExif(width = 400, height = 200): Promise<Buffer> {
  return solid(width, height, '#c0392b')
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Fixture 1', Software: 'beian-test' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '24/1 27/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '118/1 5/1 0/1' },
    })
    .toBuffer();
}

/** True when the EXIF block holds a GPS IFD pointer (tag 0x8825, either byte order). */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

export const pngImage = (width = 320, height = 240) =>
  sharp({ create: { width, height, channels: 4, background: { r: 20, g: 160, b: 90, alpha: 0.6 } } }).png().toBuffer();
export const webpImage = (width = 320, height = 240) => solid(width, height, '#8e44ad').webp().toBuffer();
export const tiffImage = (width = 320, height = 240) => solid(width, height, '#16a085').tiff().toBuffer();
export const jpegImage = (width = 320, height = 240, background = '#2c3e50') => solid(width, height, background).jpeg().toBuffer();

/**
 * A 24-bit uncompressed BMP written by hand (sharp writes no BMP): 54-byte header, rows bottom-up,
 * each padded to 4 bytes. Left half red, right half blue.
 */
export function bmpImage(width = 64, height = 32): Buffer {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const pixelBytes = stride * height;
  const b = Buffer.alloc(54 + pixelBytes);
  b.write('BM', 0, 'latin1');
  b.writeUInt32LE(b.length, 2);
  b.writeUInt32LE(54, 10);
  b.writeUInt32LE(40, 14); // BITMAPINFOHEADER
  b.writeInt32LE(width, 18);
  b.writeInt32LE(height, 22);
  b.writeUInt16LE(1, 26); // planes
  b.writeUInt16LE(24, 28); // bits per pixel
  b.writeUInt32LE(0, 30); // BI_RGB
  b.writeUInt32LE(pixelBytes, 34);
  b.writeInt32LE(2835, 38); // 72 dpi
  b.writeInt32LE(2835, 42);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = 54 + y * stride + x * 3;
      const red = x < width / 2;
      b[at] = red ? 0 : 255; // B
      b[at + 1] = 0; // G
      b[at + 2] = red ? 255 : 0; // R
    }
  }
  return b;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A valid PNG of 12000×9000 (108 megapixels), all one colour: 1-bit greyscale, so the file is a few
 * kilobytes and made in milliseconds.
 */
export function hugePng(width = 12000, height = 9000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const row = 1 + Math.ceil(width / 8); // filter byte + packed bits
  const raw = Buffer.alloc(row * height); // zeros: filter 0, black
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** More than 40 MB that starts like a JPEG: enough for the size refusal, which comes before decoding. */
export function oversizedJpegLike(bytes = 40 * 1024 * 1024 + 1): Buffer {
  const b = randomBytes(bytes);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]).copy(b, 0);
  return b;
}

/** A real JPEG with its last 40 % cut off, as an interrupted copy leaves it. */
export async function truncatedJpeg(): Promise<Buffer> {
  const full = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg()
    .toBuffer();
  return full.subarray(0, Math.floor(full.length * 0.6));
}

/** A text file, to be named .jpg. */
export const textFile = () => Buffer.from('这不是图片。\nJust a text file renamed to look like a photo.\n', 'utf8');

/** The first bytes of an HEIC file (ftyp heic): enough to be recognised, not to be decoded. */
export function heicLike(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypheic', 4, 'latin1');
  ftyp.writeUInt32BE(0, 12);
  ftyp.write('mif1heic', 16, 'latin1');
  return Buffer.concat([ftyp, randomBytes(200)]);
}

/** A 4032×3024 phone-camera-like photo (noise, slightly blurred, so it compresses like one). */
export function phonePhoto(width = 4032, height = 3024): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 120, sigma: 25 } } })
    .blur(1.2)
    .jpeg({ quality: 88 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}
