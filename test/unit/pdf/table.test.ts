// Table and page layout as pure math: a fake measure, no fonts, no pdf-lib.
import { describe, expect, it } from 'vitest';
import { PdfLayout, type Op } from '../../../electron/pdf/document';
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
    pages.forEach((ops, i) => expect(texts(ops)).toEqual(expect.arrayContaining(['测试单位', '生成时间：2026-01-02 03:04', `第 ${i + 1} 页 / 共 4 页`])));
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
