// Table and page layout as pure math: a fake measure, no fonts, no pdf-lib.
import { describe, expect, it } from 'vitest';
import { A4, MARGIN, PdfLayout, type Op, type Orientation } from '../../../electron/pdf/document';
import { drawSignatureBoxes } from '../../../electron/pdf/signatureBoxes';
import { drawTable } from '../../../electron/pdf/table';
import type { Measure } from '../../../electron/pdf/text';

const fake: Measure = (text, size) => [...text].reduce((w, c) => w + (c.codePointAt(0)! > 0x2e7f ? 1 : 0.5), 0) * size;
const layout = (orientation?: Orientation) => new PdfLayout({ unitName: '测试单位', generatedAt: new Date('2026-01-02T03:04:00+08:00'), measure: fake, orientation });
const texts = (ops: Op[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
const columns = [
  { title: '序号', width: 1 },
  { title: '说明', width: 5 },
];

describe('drawTable', () => {
  it('repeats the header row on every page and keeps each row whole', () => {
    const doc = layout();
    drawTable(doc, { columns, rows: Array.from({ length: 200 }, (_, i) => [String(i + 1), `第${i + 1}行`]) });
    const pages = doc.finish();
    expect(pages.length).toBeGreaterThan(4);
    const seen: number[] = [];
    for (const ops of pages) {
      const t = texts(ops);
      expect(t.filter((s) => s === '序号')).toHaveLength(1);
      seen.push(...t.filter((s) => /^第\d+行$/.test(s)).map((s) => Number(s.slice(1, -1))));
      for (const op of ops) if (op.kind === 'text') expect(op.y).toBeGreaterThan(0);
    }
    expect(seen).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('splits a row taller than a page across pages, line by line, with the header on each', () => {
    const doc = layout();
    const long = Array.from({ length: 120 }, (_, i) => `第${i + 1}段`).join('\n');
    drawTable(doc, { columns, rows: [['1', '短'], ['2', long], ['3', '尾']] });
    const pages = doc.finish();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const all = pages.flatMap(texts);
    expect(all.filter((s) => /^第\d+段$/.test(s))).toEqual(Array.from({ length: 120 }, (_, i) => `第${i + 1}段`));
    for (const ops of pages) expect(texts(ops)).toContain('序号');
    // Nothing drawn into the footer or header bands.
    for (const ops of pages)
      for (const op of ops) if (op.kind === 'rect') expect(op.y).toBeGreaterThanOrEqual(doc.bottom - 0.01);
  });

  it('moves a row that does not fit the rest of the page to the next page whole', () => {
    const doc = layout();
    doc.space(doc.remaining - 60);
    drawTable(doc, { columns, rows: [['1', '一\n二\n三\n四\n五']] });
    const pages = doc.finish();
    expect(pages).toHaveLength(2);
    expect(texts(pages[1]!)).toEqual(expect.arrayContaining(['序号', '一', '五']));
    expect(texts(pages[0]!)).not.toContain('一');
  });
});

describe('page furniture and signature boxes', () => {
  it('puts the unit, the time and 第 N 页 / 共 M 页 on every page', () => {
    const doc = layout();
    for (let i = 0; i < 3; i++) {
      doc.paragraph('内容');
      doc.newPage();
    }
    const pages = doc.finish();
    pages.forEach((ops, i) => expect(texts(ops)).toEqual(expect.arrayContaining(['测试单位', '生成时间：2026-01-02 03:04:00', `第 ${i + 1} 页 / 共 4 页`])));
  });

  it('keeps the 签字 / 盖章 boxes together with their date lines', () => {
    const doc = layout();
    doc.space(doc.remaining - 50);
    drawSignatureBoxes(doc, [{ label: '负责人（签字）' }, { label: '单位（盖章）', dateLine: false }]);
    const pages = doc.finish();
    expect(pages).toHaveLength(2);
    const t = texts(pages[1]!);
    expect(t).toEqual(expect.arrayContaining(['负责人（签字）：', '单位（盖章）：', '日期：']));
    expect(t.filter((s) => s === '日期：')).toHaveLength(1);
    expect(pages[1]!.filter((op) => op.kind === 'rect')).toHaveLength(2);
  });
});

describe('page orientation', () => {
  /** Every point an op touches, to check it stays inside the page. */
  const extent = (op: Op) =>
    op.kind === 'text' ? { x1: op.x, x2: op.x + fake(op.text, op.size), y1: op.y, y2: op.y + op.size } : op.kind === 'line' ? { x1: op.x1, x2: op.x2, y1: op.y1, y2: op.y2 } : { x1: op.x, x2: op.x + op.width, y1: op.y, y2: op.y + op.height };

  it('keeps portrait the default, with the same page box and margins as before', () => {
    const doc = layout();
    expect(doc.page).toEqual({ width: 595.28, height: 841.89 });
    expect([doc.left, doc.right, doc.top, doc.bottom]).toEqual([MARGIN, A4.width - MARGIN, A4.height - MARGIN - 26, MARGIN + 24]);
  });

  it('lays a landscape page out on 841.89 × 595.28 pt: header, footer, table, signature boxes and page breaks', () => {
    const doc = layout('landscape');
    expect(doc.page).toEqual({ width: 841.89, height: 595.28 });
    expect(doc.right).toBeCloseTo(841.89 - MARGIN, 5);
    expect(doc.top).toBeCloseTo(595.28 - MARGIN - 26, 5);
    drawTable(doc, { columns, rows: Array.from({ length: 120 }, (_, i) => [String(i + 1), `第${i + 1}行`]) });
    drawSignatureBoxes(doc, [{ label: '填表人（签字）' }, { label: '单位（盖章）' }]);
    const pages = doc.finish();
    const portrait = layout();
    drawTable(portrait, { columns, rows: Array.from({ length: 120 }, (_, i) => [String(i + 1), `第${i + 1}行`]) });
    expect(pages.length).toBeGreaterThan(portrait.pages.length);

    pages.forEach((ops, i) => {
      for (const op of ops) {
        const e = extent(op);
        expect(Math.min(e.x1, e.x2), JSON.stringify(op)).toBeGreaterThanOrEqual(MARGIN - 0.01);
        expect(Math.max(e.x1, e.x2), JSON.stringify(op)).toBeLessThanOrEqual(841.89 - MARGIN + 0.01);
        expect(Math.min(e.y1, e.y2), JSON.stringify(op)).toBeGreaterThanOrEqual(MARGIN - 0.01);
        expect(Math.max(e.y1, e.y2), JSON.stringify(op)).toBeLessThanOrEqual(595.28 - MARGIN + 0.01);
      }
      // Header rule across the landscape content width; footer centred on the landscape page.
      expect(ops).toContainEqual(expect.objectContaining({ kind: 'line', x1: MARGIN, x2: doc.right }));
      const footer = ops.find((op) => op.kind === 'text' && op.text === `第 ${i + 1} 页 / 共 ${pages.length} 页`);
      expect(footer && footer.kind === 'text' && footer.x + fake(footer.text, footer.size) / 2).toBeCloseTo(841.89 / 2, 5);
      // Table rows span the landscape content width; table rects stay above the footer band.
      const rects = ops.filter((op): op is Extract<Op, { kind: 'rect' }> => op.kind === 'rect');
      for (const r of rects) expect(r.y).toBeGreaterThanOrEqual(doc.bottom - 0.01);
    });
    const cells = pages[0]!.filter((op): op is Extract<Op, { kind: 'rect' }> => op.kind === 'rect' && op.fill !== undefined);
    expect(cells.reduce((w, r) => w + r.width, 0)).toBeCloseTo(doc.contentWidth, 5);
    const boxes = pages[pages.length - 1]!.filter((op): op is Extract<Op, { kind: 'rect' }> => op.kind === 'rect' && op.height === 110);
    expect(boxes).toHaveLength(2);
    expect(boxes[1]!.x + boxes[1]!.width).toBeCloseTo(doc.right, 5);
  });
});

describe('drawTable: a row continued on the next page', () => {
  it('repeats the naming columns with （续） on the continuation, and only there', () => {
    const doc = layout();
    const long = Array.from({ length: 120 }, (_, i) => `第${i + 1}行说明`).join('\n');
    drawTable(doc, {
      columns: [
        { title: '发生时间', width: 2 },
        { title: '类别', width: 1 },
        { title: '经过', width: 5 },
      ],
      rows: [['2026-11-03 08:00', '案件', long]],
      repeatOnContinue: [0, 1],
    });
    const pages = doc.finish();
    expect(pages.length).toBeGreaterThan(1);
    expect(texts(pages[0]!)).toContain('案件');
    expect(texts(pages[0]!).join('')).not.toContain('（续）');
    for (const ops of pages.slice(1)) {
      const t = texts(ops);
      if (!t.some((s) => /^第\d+行说明$/.test(s))) continue;
      expect(t).toContain('案件（续）');
      expect(t.join('')).toContain('2026-11-03');
    }
  });
});
