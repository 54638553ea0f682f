// Turns laid-out pages into PDF bytes with pdf-lib: each face subset to the characters drawn with it,
// every text op cut into runs of one face (a rare character switches to the fallback face).
import { PDFDict, PDFDocument, PDFName, PDFString, grayscale, rgb, type PDFFont } from 'pdf-lib';
import { beijingPdfDate } from '../../shared/clock/beijingTime';
import { formatCodePoint, splitRuns } from './coverage';
import { A4, MARGIN, type Op, type PageSize } from './document';
import { fontkit, type Face } from './fonts';
import { distinctChars, embedSubset } from './subset';

/** Text a reader must not miss (an overdue 第八条 deadline in 04). */
const RED = rgb(0.8, 0, 0);

export interface RenderMeta {
  title?: string;
  generatedAt: Date;
  /** Every page's size in points; default A4 portrait. */
  pageSize?: PageSize;
}

export interface Rendered {
  bytes: Uint8Array;
  /** Characters no face has, drawn as 〓 with a footnote ("U+20BB7 𠮷"); empty when all were drawn. */
  missing: string[];
}

/** Drawn where a character no face has would stand (the geta mark, the typesetter's sign for a missing character). */
export const MISSING_GLYPH_PLACEHOLDER = '〓';
const FOOTNOTE_SIZE = 7.5;

/**
 * Every character no face can draw replaced by a visible placeholder, and a footnote on each page that has one
 * naming the code points (the characters themselves cannot be drawn): a missing character is never blank.
 */
export function markMissingGlyphs(pages: Op[][], faces: readonly Face[]): { pages: Op[][]; missing: Set<string> } {
  const has = (c: string) => faces.some((f) => f.font.hasGlyphForCodePoint(c.codePointAt(0)!));
  const placeholder = has(MISSING_GLYPH_PLACEHOLDER) ? MISSING_GLYPH_PLACEHOLDER : '?';
  const missing = new Set<string>();
  const out = pages.map((ops) => {
    const onPage: string[] = [];
    const next = ops.map((op) => {
      if (op.kind !== 'text') return op;
      let changed = false;
      let text = '';
      for (const c of op.text) {
        const cp = c.codePointAt(0)!;
        if (cp >= 0x20 && !has(c)) {
          missing.add(c);
          if (!onPage.includes(c)) onPage.push(c);
          text += placeholder;
          changed = true;
        } else text += c;
      }
      return changed ? { ...op, text } : op;
    });
    if (onPage.length > 0) {
      const codes = onPage.map((c) => formatCodePoint(c.codePointAt(0)!)).join('、');
      next.push({ kind: 'text', x: MARGIN, y: MARGIN + 12, size: FOOTNOTE_SIZE, text: `注：${placeholder} 为字体中没有的字（${codes}），请在打印件上手写补全。` });
    }
    return next;
  });
  return { pages: out, missing };
}

export async function renderPdf(rawPages: Op[][], faces: readonly Face[], meta: RenderMeta): Promise<Rendered> {
  const { pages, missing } = markMissingGlyphs(rawPages, faces);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setCreator('备案台');
  pdf.setCreationDate(meta.generatedAt);
  pdf.setModificationDate(meta.generatedAt);
  // pdf-lib writes these in UTC ('Z'); the one clock is Beijing time, so the same instant is written with +08'00'.
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  for (const key of ['CreationDate', 'ModDate']) info.set(PDFName.of(key), PDFString.of(beijingPdfDate(meta.generatedAt)));
  if (meta.title) pdf.setTitle(meta.title);

  // Which characters each face draws.
  const perFace = faces.map(() => [] as string[]);
  for (const ops of pages) {
    for (const op of ops) {
      if (op.kind !== 'text') continue;
      for (const run of splitRuns(faces, op.text)) perFace[run.face]!.push(run.text);
    }
  }
  const fonts: (PDFFont | undefined)[] = await Promise.all(
    faces.map((face, i) => (perFace[i]!.length > 0 ? embedSubset(pdf, face, distinctChars(perFace[i]!)) : undefined)),
  );

  const size = meta.pageSize ?? A4;
  for (const ops of pages) {
    const page = pdf.addPage([size.width, size.height]);
    for (const op of ops) {
      if (op.kind === 'text') {
        let x = op.x;
        for (const run of splitRuns(faces, op.text)) {
          const font = fonts[run.face]!;
          page.drawText(run.text, { x, y: op.y, size: op.size, font, color: op.red ? RED : rgb(0, 0, 0) });
          x += font.widthOfTextAtSize(run.text, op.size);
        }
      } else if (op.kind === 'line') {
        page.drawLine({ start: { x: op.x1, y: op.y1 }, end: { x: op.x2, y: op.y2 }, thickness: op.thickness, color: rgb(0, 0, 0) });
      } else {
        page.drawRectangle({
          x: op.x,
          y: op.y,
          width: op.width,
          height: op.height,
          borderWidth: op.thickness,
          borderColor: rgb(0, 0, 0),
          color: op.fill === undefined ? undefined : grayscale(op.fill),
        });
      }
    }
  }
  const bytes = await pdf.save();
  return { bytes, missing: [...missing].map((c) => `${formatCodePoint(c.codePointAt(0)!)} ${c}`) };
}
