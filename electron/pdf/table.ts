// Tables (pure layout): columns with relative widths, wrapped cells, the header row repeated on every
// page the table reaches, rows kept whole on one page when they fit one, and a row taller than a page
// split line by line across pages.
import { baseline, lineHeight, type Align, type PdfLayout } from './document';
import { wrapText, type WrapOptions } from './text';

export interface Column {
  title: string;
  /** Relative width: the columns share the content width in these proportions. */
  width: number;
  align?: Align;
}

export interface TableOptions extends WrapOptions {
  columns: Column[];
  rows: string[][];
  size?: number;
  padding?: number;
  /** Cells printed in red: by row index and column index. */
  red?: (row: number, column: number) => boolean;
  /**
   * Columns that name the row (发生时间, 类别): when a row runs onto the next page, its continuation repeats
   * them with （续）, so a page read alone still says whose lines these are.
   */
  repeatOnContinue?: number[];
}

/** Header row background (grey level, 0 black … 1 white). */
const HEADER_FILL = 0.9;

export function drawTable(doc: PdfLayout, { columns, rows, size = 9, padding = 4, breakAfter, red, repeatOnContinue = [] }: TableOptions): void {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * doc.contentWidth);
  const lh = lineHeight(size);
  const wrap = (cells: string[]) => widths.map((w, i) => wrapText(cells[i] ?? '', w - 2 * padding, size, doc.measure, { breakAfter }));

  const headerLines = wrap(columns.map((c) => c.title));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lh + 2 * padding;

  /** Draws one band of cells (each cell's lines from `from`, `count` of them) at the cursor. */
  const band = (cells: string[][], from: number, count: number, fill?: number, rowIndex = -1) => {
    const height = count * lh + 2 * padding;
    let x = doc.left;
    cells.forEach((lines, i) => {
      const w = widths[i]!;
      doc.ops.push({ kind: 'rect', x, y: doc.y - height, width: w, height, thickness: 0.5, fill });
      lines.slice(from, from + count).forEach((line, k) => {
        const align = fill === undefined ? (columns[i]!.align ?? 'left') : 'center';
        doc.textAt(line, x + padding, baseline(doc.y - padding - k * lh, size), size, align, w - 2 * padding, rowIndex >= 0 && !!red?.(rowIndex, i));
      });
      x += w;
    });
    doc.y -= height;
  };
  const header = () => band(headerLines, 0, Math.max(...headerLines.map((l) => l.length)), HEADER_FILL);

  // The header with at least one body line below it, on this page or the next.
  doc.ensure(headerHeight + lh + 2 * padding);
  doc.markBreak({ withNext: true });
  header();
  const stop = doc.onNewPage(header);
  try {
    for (const [rowIndex, row] of rows.entries()) {
      const cells = wrap(row);
      const count = Math.max(1, ...cells.map((l) => l.length));
      const height = count * lh + 2 * padding;
      // A row that fits a page is never split: it moves to the next page whole.
      if (height > doc.remaining && height <= doc.pageContentHeight - headerHeight) doc.newPage();
      let from = 0;
      while (from < count) {
        const fit = Math.floor((doc.remaining - 2 * padding) / lh);
        if (fit < 1) {
          doc.newPage();
          continue;
        }
        const n = Math.min(fit, count - from);
        // A signature box after the table may take this row to the next page, under a new header.
        if (from === 0) doc.markBreak({ lead: header });
        // A continuation: the naming cells again, with （续）, in place of their (finished) lines.
        const shown =
          from === 0 || repeatOnContinue.length === 0
            ? cells
            : cells.map((lines, i) => (repeatOnContinue.includes(i) ? [...Array<string>(from).fill(''), ...wrap(row.map((c) => `${c}（续）`))[i]!] : lines));
        band(shown, from, n, undefined, rowIndex);
        from += n;
        if (from < count) doc.newPage();
      }
    }
  } finally {
    stop();
  }
  doc.space(size);
}
