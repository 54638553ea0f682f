// The JFIF density of a JPEG, set without any EXIF, XMP or ICC block.
//
// sharp's `withMetadata({ density })` writes the density into a new EXIF block (XResolution/YResolution)
// and, given an input with EXIF, keeps its tags — GPS included. libvips' plain JPEG output (what sharp
// writes without withMetadata) carries no APP0 at all. So the encoder writes no metadata and the
// density goes into a JFIF APP0 segment written here, right after the SOI marker: units 1 (dots per
// inch), Xdensity = Ydensity = dpi, no thumbnail. ImageMagick's `identify -format '%x %y'` reads it.

const SOI = [0xff, 0xd8];

/** A JFIF 1.01 APP0 segment: FF E0, length 16, "JFIF\0", version, units, densities, no thumbnail. */
export function jfifSegment(dpi: number): Buffer {
  const d = Math.max(1, Math.min(65535, Math.round(dpi)));
  const s = Buffer.alloc(18);
  s[0] = 0xff;
  s[1] = 0xe0;
  s.writeUInt16BE(16, 2);
  s.write('JFIF\0', 4, 'latin1');
  s[9] = 1; // version 1.01
  s[10] = 1;
  s[11] = 1; // units: dots per inch
  s.writeUInt16BE(d, 12);
  s.writeUInt16BE(d, 14);
  s[16] = 0; // no thumbnail
  s[17] = 0;
  return s;
}

/** The JPEG with its JFIF density set to `dpi` (an existing JFIF APP0 is replaced, nothing else changes). */
export function withJfifDensity(jpeg: Buffer, dpi: number): Buffer {
  if (jpeg.length < 4 || jpeg[0] !== SOI[0] || jpeg[1] !== SOI[1]) throw new Error('not a JPEG stream');
  const segment = jfifSegment(dpi);
  let rest = jpeg.subarray(2);
  // Drop a JFIF APP0 the encoder may have written (libjpeg builds differ), so there is exactly one.
  if (rest[0] === 0xff && rest[1] === 0xe0 && rest.subarray(4, 9).toString('latin1') === 'JFIF\0') {
    rest = rest.subarray(2 + rest.readUInt16BE(2));
  }
  return Buffer.concat([jpeg.subarray(0, 2), segment, rest]);
}

/** The APPn (0xE0–0xEF) and comment (0xFE) segments of a JPEG, in order, up to the first scan: to prove none but JFIF is there. */
export function appMarkers(jpeg: Buffer): { marker: number; id: string }[] {
  const found: { marker: number; id: string }[] = [];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    if (marker === 0xda || marker === 0xd9) break; // start of scan / end of image
    const length = jpeg.readUInt16BE(at + 2);
    if ((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe) {
      const id = jpeg.subarray(at + 4, Math.min(at + 2 + length, at + 16)).toString('latin1').split('\0')[0] ?? '';
      found.push({ marker, id });
    }
    at += 2 + length;
  }
  return found;
}
