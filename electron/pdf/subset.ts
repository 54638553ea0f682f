// Embeds a face cut down to the characters used: HarfBuzz's subsetter (subset-font), then pdf-lib with
// subset:false. (@pdf-lib/fontkit's own subsetting, subset:true, breaks CJK glyphs: docs/ARCHITECTURE.md.)
import { createHash } from 'node:crypto';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import subsetFont from 'subset-font';
import type { Face } from './fonts';

/** The six capital letters a subset font's PDF name starts with (PDF 32000 §9.6.4), from its content. */
export function subsetTag(faceId: string, chars: string): string {
  const digest = createHash('sha256').update(`${faceId}\0${chars}`).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** The distinct characters of the texts, sorted by code point, as one string. */
export function distinctChars(texts: Iterable<string>): string {
  const set = new Set<number>();
  for (const t of texts) for (const c of t) set.add(c.codePointAt(0)!);
  return [...set].sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp)).join('');
}

/**
 * OpenType layout features fontkit would apply when pdf-lib encodes text. All are off: with subset:false
 * pdf-lib writes widths and the ToUnicode map for the glyphs the cmap reaches only, so a substituted glyph
 * (Noto Sans SC's latn 'locl' swaps every digit after a Latin letter — 91350200MA2Y8K3L0G, B11 —, 'liga'
 * makes "fi" one glyph) would be drawn 1000 units wide and read back as nothing by pdftotext. Off, each
 * character is its cmap glyph, exactly what measure.ts measures.
 */
const NO_LAYOUT_FEATURES = Object.fromEntries(
  ['rvrn', 'ccmp', 'locl', 'rlig', 'calt', 'clig', 'liga', 'rclt', 'frac', 'numr', 'dnom', 'kern', 'mark', 'mkmk', 'curs'].map((f) => [f, false]),
);

/** The document must have had registerFontkit(fontkit) called. */
export async function embedSubset(pdf: PDFDocument, face: Face, chars: string): Promise<PDFFont> {
  const bytes = await subsetFont(Buffer.from(face.bytes.buffer, face.bytes.byteOffset, face.bytes.byteLength), chars, {
    targetFormat: 'truetype',
  });
  const name = `${subsetTag(face.id, chars)}+${face.font.postscriptName ?? face.id}`;
  return pdf.embedFont(new Uint8Array(bytes), { subset: false, customName: name, features: NO_LAYOUT_FEATURES });
}
