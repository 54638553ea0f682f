// Embeds a face cut down to the characters used: HarfBuzz's subsetter (subset-font), then pdf-lib with
// subset:false. (@pdf-lib/fontkit's own subsetting, subset:true, breaks CJK glyphs: DESIGN.md.)
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

/** The document must have had registerFontkit(fontkit) called. */
export async function embedSubset(pdf: PDFDocument, face: Face, chars: string): Promise<PDFFont> {
  const bytes = await subsetFont(Buffer.from(face.bytes.buffer, face.bytes.byteOffset, face.bytes.byteLength), chars, {
    targetFormat: 'truetype',
  });
  const name = `${subsetTag(face.id, chars)}+${face.font.postscriptName ?? face.id}`;
  return pdf.embedFont(new Uint8Array(bytes), { subset: false, customName: name });
}
