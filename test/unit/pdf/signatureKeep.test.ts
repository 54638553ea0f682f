// A 签字 / 盖章 box never stands alone on a page: content that ends just at the bottom of a page takes its last
// row or line (with the heading leading into it) to the next page with the box. Pure layout, a fake measure.
import { describe, expect, it } from 'vitest';
import { lineHeight, PdfLayout, type Op } from '../../../electron/pdf/document';
import { drawSignatureBoxes } from '../../../electron/pdf/signatureBoxes';
import { drawTable } from '../../../electron/pdf/table';
import type { Measure } from '../../../electron/pdf/text';

const fake: Measure = (text, size) => [...text].reduce((w, c) => w + (c.codePointAt(0)! > 0x2e7f ? 1 : 0.5), 0) * size;
const layout = () => new PdfLayout({ unitName: '测试单位', generatedAt: new Date('2026-01-02T03:04:00+08:00'), measure: fake });
const texts = (ops: Op[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
const columns = [
  { title: '序号', width: 1 },
  { title: '说明', width: 5 },
];
const BOXES = [{ label: '负责人（签字）' }, { label: '单位（盖章）' }];
/** Table rows of size 9 with padding 4: one line each. */
const ROW = lineHeight(9) + 8;

/** The page holding the box, and whether any content other than the box is on it. */
function boxPage(pages: Op[][]): { index: number; others: string[] } {
  const index = pages.findIndex((ops) => texts(ops).includes('负责人（签字）：'));
  const boxTexts = new Set(['负责人（签字）：', '单位（盖章）：', '日期：', '年      月      日']);
  const furniture = (t: string) => t === '测试单位' || t.startsWith('生成时间') || /^第 \d+ 页/.test(t);
  return { index, others: texts(pages[index]!).filter((t) => !boxTexts.has(t) && !furniture(t)) };
}

/** A table whose rows fill the first page down to `leftOver` points above the bottom margin. */
function tableEndingAtBottom(leftOver: number): PdfLayout {
  const doc = layout();
  // Rows until the next one would not fit; then space so the table ends `leftOver` above the bottom.
  const probe = layout();
  drawTable(probe, { columns, rows: [['1', '行']] });
  const header = probe.top - probe.y - 9 - ROW; // header band (the table adds `size` after it)
  const rowsOnPage = Math.floor((doc.pageContentHeight - header) / ROW);
  const spare = doc.pageContentHeight - header - rowsOnPage * ROW;
  doc.space(Math.max(0, spare - leftOver));
  doc.markBreak(); // as a paragraph above the table would leave
  drawTable(doc, { columns, rows: Array.from({ length: rowsOnPage }, (_, i) => [String(i + 1), `第${i + 1}行`]) });
  return doc;
}

describe('a signature box never alone on a page', () => {
  it('a table that ends just at the bottom of a page: its last row goes to the next page with the box, under the repeated header', () => {
    const doc = tableEndingAtBottom(0.5);
    expect(doc.pages).toHaveLength(1); // the table itself fits page 1
    const rows = texts(doc.ops).filter((t) => /^第\d+行$/.test(t)).length;
    drawSignatureBoxes(doc, BOXES);
    const pages = doc.finish();
    expect(pages).toHaveLength(2);
    const { index, others } = boxPage(pages);
    expect(index).toBe(1);
    expect(others).toEqual(expect.arrayContaining(['序号', '说明', `第${rows}行`]));
    expect(texts(pages[0]!)).not.toContain(`第${rows}行`);
    expect(texts(pages[0]!)).toContain(`第${rows - 1}行`);
    // Every row once, in order.
    const seen = pages.flatMap(texts).filter((t) => /^第\d+行$/.test(t));
    expect(seen).toEqual(Array.from({ length: rows }, (_, i) => `第${i + 1}行`));
    // The moved row sits right under the header at the top of page 2, the box right under it, all within the page.
    for (const op of pages[1]!) if (op.kind === 'rect') expect(op.y).toBeGreaterThanOrEqual(doc.bottom - 0.01);
  });

  it('a paragraph that ends at the bottom: its last line goes along with the box', () => {
    const doc = layout();
    doc.space(doc.remaining - 2 * lineHeight(11) - 0.5);
    doc.paragraph('第一行\n第二行', { after: 0 });
    expect(doc.pages).toHaveLength(1);
    drawSignatureBoxes(doc, BOXES);
    const pages = doc.finish();
    expect(pages).toHaveLength(2);
    const { index, others } = boxPage(pages);
    expect(index).toBe(1);
    expect(others).toEqual(['第二行']);
    expect(texts(pages[0]!)).toContain('第一行');
  });

  it('a heading that fits just above the bottom goes to the next page with the box', () => {
    const doc = layout();
    doc.paragraph('正文');
    doc.space(doc.remaining - 2 * lineHeight(12) - 0.5);
    doc.heading('签字栏', 12);
    expect(doc.pages).toHaveLength(1);
    drawSignatureBoxes(doc, BOXES);
    const pages = doc.finish();
    expect(pages).toHaveLength(2);
    expect(boxPage(pages)).toEqual({ index: 1, others: ['签字栏'] });
    expect(texts(pages[0]!)).toContain('正文');
  });

  it('a section heading and its basis line stay above the rows they lead into when the box takes the last row', () => {
    const doc = layout();
    doc.space(doc.remaining - 120);
    doc.paragraph('三、说明', { size: 12.5, after: 2, withNext: true });
    doc.paragraph('依据第十条', { size: 9, after: 6, withNext: true });
    drawTable(doc, { columns, rows: [['1', '唯一一行']] });
    drawSignatureBoxes(doc, BOXES);
    const pages = doc.finish();
    const { index, others } = boxPage(pages);
    expect(index).toBe(1);
    expect(others).toEqual(expect.arrayContaining(['三、说明', '依据第十条', '序号', '唯一一行']));
    expect(texts(pages[0]!).filter((t) => t === '三、说明' || t === '唯一一行')).toEqual([]);
  });

  it('when a page break just opened an empty page, it is taken back and content comes along', () => {
    const doc = tableEndingAtBottom(0.5);
    doc.newPage(); // e.g. a finished table's trailing break
    drawSignatureBoxes(doc, BOXES);
    const pages = doc.finish();
    expect(pages).toHaveLength(2);
    expect(boxPage(pages).others.some((t) => /^第\d+行$/.test(t))).toBe(true);
  });

  it('fits below the content: nothing moves', () => {
    const doc = layout();
    doc.paragraph('内容');
    drawSignatureBoxes(doc, BOXES);
    const pages = doc.finish();
    expect(pages).toHaveLength(1);
  });
});
