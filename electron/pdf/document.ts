// The page layout of a filing PDF (pure: a display list, no pdf-lib): A4 pages, portrait or landscape, with
// margins, a header with the unit's name and the generation time, a footer 第 N 页 / 共 M 页, and a cursor
// that flows text down the page and onto new pages. render.ts turns the pages into a PDF.
import { wrapText, type Measure } from './text';
import { formatBeijingTime } from '../../shared/clock/beijingTime';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const A4_LANDSCAPE = { width: A4.height, height: A4.width } as const;

export type Orientation = 'portrait' | 'landscape';
export interface PageSize {
  width: number;
  height: number;
}
export const pageSizeOf = (orientation: Orientation = 'portrait'): PageSize => (orientation === 'landscape' ? A4_LANDSCAPE : A4);
/** 20 mm on every side. */
export const MARGIN = 56.69;
const HEADER_SIZE = 9;
const HEADER_HEIGHT = 26;
const FOOTER_HEIGHT = 24;

export type Align = 'left' | 'center' | 'right';
/** PDF coordinates: origin at the page's bottom left, y up; a text's y is its baseline. */
export type Op =
  | { kind: 'text'; x: number; y: number; size: number; text: string; red?: boolean }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; thickness: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; thickness: number; fill?: number };

export interface LayoutOptions {
  unitName: string;
  generatedAt: Date;
  measure: Measure;
  /** Document title, for the PDF's metadata. */
  title?: string;
  /** Default portrait; landscape for the wide registers. */
  orientation?: Orientation;
  /** The document named in every footer ("02 信息网络安全小组成员名单"), so a stamped page stays with its document. */
  footerName?: string;
}

/** Beijing time in the one format (shared/clock), whatever the computer's time zone: 2026-03-01 14:05:00 */
export const formatTime = (d: Date) => formatBeijingTime(d);

/** Line height for a font size. */
export const lineHeight = (size: number) => size * 1.5;
/** Baseline of a line whose box starts at top (CJK glyphs sit about 0.88 em below the em box top). */
export const baseline = (top: number, size: number) => top - (lineHeight(size) - size) / 2 - size * 0.88;

/**
 * A point between two pieces of content (a line, a table row) where the content after it may move to the next
 * page together with a block that must not stand alone there (keepWithPrevious). `withNext`: the piece after
 * this point (a heading) belongs to what follows it. `lead` redraws what the moved content needs above it (the
 * table header).
 */
interface BreakMark {
  page: number;
  index: number;
  y: number;
  withNext: boolean;
  lead?: () => void;
}

export class PdfLayout {
  readonly pages: Op[][] = [];
  readonly page: PageSize;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Top of the free space on the current page. */
  y: number;
  private finished = false;
  private pageListeners: (() => void)[] = [];
  private marks: BreakMark[] = [];
  /** The cursor where each page was left (for taking a page break back). */
  private leftAt: number[] = [];

  constructor(readonly options: LayoutOptions) {
    this.page = pageSizeOf(options.orientation);
    this.left = MARGIN;
    this.right = this.page.width - MARGIN;
    this.top = this.page.height - MARGIN - HEADER_HEIGHT;
    this.bottom = MARGIN + FOOTER_HEIGHT;
    this.y = this.top;
    this.newPage();
  }

  get measure(): Measure {
    return this.options.measure;
  }
  get contentWidth(): number {
    return this.right - this.left;
  }
  /** Height of the whole content area of a page. */
  get pageContentHeight(): number {
    return this.top - this.bottom;
  }
  get remaining(): number {
    return this.y - this.bottom;
  }
  get ops(): Op[] {
    return this.pages[this.pages.length - 1]!;
  }

  newPage(): void {
    if (this.pages.length > 0) this.leftAt[this.pages.length - 1] = this.y;
    this.pages.push([]);
    this.y = this.top;
    for (const listener of this.pageListeners) listener();
  }

  /** Calls fn after every page break from now until the returned function is called (repeated table headers). */
  onNewPage(fn: () => void): () => void {
    this.pageListeners.push(fn);
    return () => {
      this.pageListeners = this.pageListeners.filter((f) => f !== fn);
    };
  }

  /** Starts a new page unless height fits below the cursor. */
  ensure(height: number): void {
    if (height > this.remaining && this.y < this.top) this.newPage();
  }

  /** Marks the cursor as a point where the content after it may move to the next page (see keepWithPrevious). */
  markBreak(options: { withNext?: boolean; lead?: () => void } = {}): void {
    this.marks.push({ page: this.pages.length - 1, index: this.ops.length, y: this.y, withNext: options.withNext ?? false, ...(options.lead ? { lead: options.lead } : {}) });
  }

  /**
   * Like ensure, for a block that must not stand alone at the top of a page (a signature or seal box): when it
   * does not fit below the cursor, the last piece of content before it (a line, a table row, with the heading
   * that leads into it) moves to the next page with it. If that would not fit a page either, it is a plain break.
   */
  keepWithPrevious(height: number): void {
    // A page that a break just opened and that holds nothing yet is taken back: the block's page is decided here.
    if (this.ops.length === 0 && this.pages.length > 1 && this.y === this.top) {
      this.pages.pop();
      this.y = this.leftAt[this.pages.length - 1] ?? this.top;
    }
    if (height <= this.remaining) return;
    const page = this.pages.length - 1;
    const here = this.marks.filter((m) => m.page === page && m.y > this.y && m.index < this.ops.length);
    let k = here.length - 1;
    while (k > 0 && here[k - 1]!.withNext) k--;
    const from = here[k];
    // Never move a page's whole content: the block would stand alone again, one page later.
    if (!from || from.y >= this.top) {
      this.newPage();
      return;
    }
    const moved = this.ops.splice(from.index);
    const movedHeight = from.y - this.y;
    this.marks = this.marks.filter((m) => !(m.page === page && m.index >= from.index));
    this.newPage();
    from.lead?.();
    if (movedHeight + height > this.remaining) {
      // Does not fit with it: put the content back where it was and break plainly.
      this.pages.pop();
      this.ops.push(...moved);
      this.y = from.y - movedHeight;
      this.newPage();
      return;
    }
    const dy = this.y - from.y;
    for (const op of moved) this.ops.push(shiftOp(op, dy));
    this.y -= movedHeight;
  }

  space(height: number): void {
    this.y -= Math.min(height, this.remaining);
  }

  /** One line of text at a position (no wrapping). */
  textAt(text: string, x: number, y: number, size: number, align: Align = 'left', width = 0, red = false): void {
    const w = align === 'left' ? 0 : this.measure(text, size);
    const dx = align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0;
    if (text) this.ops.push({ kind: 'text', x: x + dx, y, size, text, ...(red ? { red } : {}) });
  }

  /** Wrapped text at the cursor, across pages as needed. */
  /** `withNext`: a heading, kept on the page of what follows it when a signature box takes content along. */
  paragraph(text: string, options: { size?: number; align?: Align; indent?: number; after?: number; withNext?: boolean } = {}): void {
    const size = options.size ?? 11;
    const indent = options.indent ?? 0;
    const lh = lineHeight(size);
    for (const line of wrapText(text, this.contentWidth - indent, size, this.measure)) {
      this.ensure(lh);
      this.markBreak({ withNext: options.withNext ?? false });
      this.textAt(line, this.left + indent, baseline(this.y, size), size, options.align, this.contentWidth - indent);
      this.y -= lh;
    }
    this.space(options.after ?? size * 0.5);
  }

  heading(text: string, size = 16): void {
    this.ensure(lineHeight(size) * 2);
    this.paragraph(text, { size, align: 'center', after: size * 0.6, withNext: true });
  }

  /** Adds the header and footer to every page; the layout is complete after this. */
  finish(): Op[][] {
    if (this.finished) return this.pages;
    this.finished = true;
    const total = this.pages.length;
    const time = `生成时间：${formatTime(this.options.generatedAt)}`;
    const headerY = this.page.height - MARGIN - HEADER_SIZE;
    const footerY = MARGIN;
    this.pages.forEach((ops, i) => {
      // The whole name, smaller if it is long: never cut.
      const unit = this.options.unitName;
      const room = this.contentWidth - this.measure(time, HEADER_SIZE) - 12;
      const unitSize = Math.min(HEADER_SIZE, (HEADER_SIZE * room) / Math.max(1, this.measure(unit, HEADER_SIZE)));
      ops.push({ kind: 'text', x: this.left, y: headerY, size: unitSize, text: unit });
      ops.push({ kind: 'text', x: this.right - this.measure(time, HEADER_SIZE), y: headerY, size: HEADER_SIZE, text: time });
      ops.push({ kind: 'line', x1: this.left, y1: headerY - 6, x2: this.right, y2: headerY - 6, thickness: 0.5 });
      const pages = `第 ${i + 1} 页 / 共 ${total} 页`;
      const footer = this.options.footerName ? `${this.options.footerName} · ${pages}` : pages;
      ops.push({ kind: 'text', x: (this.page.width - this.measure(footer, HEADER_SIZE)) / 2, y: footerY, size: HEADER_SIZE, text: footer });
    });
    return this.pages;
  }
}

function shiftOp(op: Op, dy: number): Op {
  if (op.kind === 'line') return { ...op, y1: op.y1 + dy, y2: op.y2 + dy };
  return { ...op, y: op.y + dy };
}
