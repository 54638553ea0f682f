// What the filing PDFs share: the regulation's name, how records are named in
// messages (never by a person's name: '人员 #3', '服务器 A-001'), the small layout pieces.
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import type { StoredPerson } from '../../../shared/records/person';
import type { TextField } from '../../pdf';
import { createLayout, drawSignatureBoxes, drawTable, type Column, type Orientation, type PdfLayout, type SignatureBox } from '../../pdf';
import type { FilingRecords } from '../records';

export const REGULATION = '《厦门市服务器托管行业安全管理规定》';
/** "依据《厦门市服务器托管行业安全管理规定》第九条" */
export const basis = (articles: string) => `依据${REGULATION}${articles}`;

export interface BuildOptions {
  /** YYYY-MM: the 值班表's month. */
  month: string;
  generatedAt: Date;
}

/** The day the PDFs are generated, China Standard Time (for 备案期限 and license states). */
export const generatedDay = (opts: BuildOptions) => todayInShanghai(opts.generatedAt);

export const unitName = (records: FilingRecords) => records.unit?.name.trim() || '（单位名称未填写）';

export function newLayout(records: FilingRecords, opts: BuildOptions, title: string, orientation: Orientation = 'portrait'): PdfLayout {
  return createLayout({ unitName: unitName(records), generatedAt: opts.generatedAt, title, orientation });
}


/** '人员 #3': the person's place in the 人员 list, 1-based. */
export function personRecordLabel(records: FilingRecords, personId: string): string {
  const i = records.people.findIndex((p) => p.id === personId);
  return i < 0 ? '人员（已删除）' : `人员 #${i + 1}`;
}

export const serverRecordLabel = (assetNo: string) => `服务器 ${assetNo}`;

export function personById(records: FilingRecords): Map<string, StoredPerson> {
  return new Map(records.people.map((p) => [p.id, p]));
}

/** Weekday of a YYYY-MM-DD date: 一 … 日. */
export function weekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return '日一二三四五六'[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!;
}

/** '2026年3月' from '2026-03'. */
export const monthTitle = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

/** A section heading: bold-looking size, left, with the article it serves on its own line. */
export function section(doc: PdfLayout, title: string, articles?: string): void {
  doc.ensure(80);
  doc.space(4);
  doc.paragraph(title, { size: 12.5, after: 2, withNext: true });
  if (articles) doc.paragraph(basis(articles), { size: 9, after: 6, withNext: true });
}

/** '—' for an empty value, so a blank cell reads as deliberately blank. */
export const orDash = (s: string | undefined | null) => (s && s.trim() ? s : '—');

/** Collects text fields, skipping empty ones. */
export class TextFields {
  readonly list: TextField[] = [];
  add(record: string, field: string, text: string | undefined | null): void {
    if (text && text.trim()) this.list.push({ record, field, text });
  }
}

/** A form as content, independent of how it is drawn (pdf-lib here; HTML for the Chromium comparison). */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; size?: number; after?: number; withNext?: boolean }
  | { kind: 'section'; title: string; articles?: string | undefined }
  | { kind: 'table'; columns: Column[]; rows: string[][]; size?: number }
  | { kind: 'signatures'; boxes: SignatureBox[] };

export function layoutBlocks(doc: PdfLayout, blocks: readonly Block[]): void {
  for (const b of blocks) {
    if (b.kind === 'heading') doc.heading(b.text);
    else if (b.kind === 'paragraph') doc.paragraph(b.text, { size: b.size, after: b.after, withNext: b.withNext });
    else if (b.kind === 'section') section(doc, b.title, b.articles);
    else if (b.kind === 'table') drawTable(doc, { columns: b.columns, rows: b.rows, size: b.size });
    else drawSignatureBoxes(doc, b.boxes);
  }
}

/** Collects blocks with the same calls a layout takes. */
export class Blocks {
  readonly list: Block[] = [];
  heading(text: string): void {
    this.list.push({ kind: 'heading', text });
  }
  /** `withNext`: a basis line kept on the page of the table it introduces. */
  paragraph(text: string, o: { size?: number; after?: number; withNext?: boolean } = {}): void {
    this.list.push({ kind: 'paragraph', text, ...o });
  }
  section(title: string, articles?: string): void {
    this.list.push({ kind: 'section', title, articles });
  }
  table(t: { columns: Column[]; rows: string[][]; size?: number }): void {
    this.list.push({ kind: 'table', ...t });
  }
  signatures(boxes: SignatureBox[]): void {
    this.list.push({ kind: 'signatures', boxes });
  }
}
