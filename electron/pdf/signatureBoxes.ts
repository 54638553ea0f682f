// 签字 / 盖章 boxes (pure layout), side by side as on the paper forms: a label at the top, room to
// sign or stamp, and a date line at the bottom. Kept together on one page, and never alone on it: when they
// do not fit, the last line or row before them (with its heading) goes to the next page too.
import { baseline, type PdfLayout } from './document';

export interface SignatureBox {
  /** e.g. "法定代表人（签字）" or "单位（盖章）" */
  label: string;
  /** Default true: "日期：      年    月    日" at the bottom of the box. */
  dateLine?: boolean;
}

export function drawSignatureBoxes(doc: PdfLayout, boxes: SignatureBox[], { height = 110, size = 10.5, gap = 12 } = {}): void {
  if (boxes.length === 0) return;
  doc.keepWithPrevious(height);
  const width = (doc.contentWidth - gap * (boxes.length - 1)) / boxes.length;
  const top = doc.y;
  boxes.forEach((box, i) => {
    const x = doc.left + i * (width + gap);
    doc.ops.push({ kind: 'rect', x, y: top - height, width, height, thickness: 0.75 });
    doc.textAt(`${box.label}：`, x + 8, baseline(top - 6, size), size);
    if (box.dateLine ?? true) {
      const y = top - height + 12;
      doc.textAt('日期：', x + 8, y, size);
      const lineStart = x + 8 + doc.measure('日期：', size);
      doc.ops.push({ kind: 'line', x1: lineStart, y1: y - 2, x2: x + width - 8, y2: y - 2, thickness: 0.5 });
      doc.textAt('年      月      日', lineStart, y, size, 'right', x + width - 12 - lineStart);
    }
  });
  doc.y = top - height;
  doc.space(size);
}
