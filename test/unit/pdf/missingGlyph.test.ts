// A character no face has (U+30000, CJK Extension G) prints as the visible 〓 with a footnote naming its code
// point, on the page where it stands and only there: read back with pdftotext, and drawn (pdftoppm -r 70) as ink,
// not blank paper.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLayout, drawTable, renderLayout } from '../../../electron/pdf';
import { MISSING_GLYPH_PLACEHOLDER } from '../../../electron/pdf/render';
import { PdfFile } from './poppler';

const RARE = '\u{30000}';
const FOOTNOTE = `注：${MISSING_GLYPH_PLACEHOLDER} 为字体中没有的字（U+30000），请在打印件上手写补全。`;

/** A page drawn by poppler at 70 dpi in grey levels (PGM), one byte a pixel, 0 black … 255 white. */
function renderGrey(file: string, page: number): { width: number; height: number; px: Uint8Array } {
  const out = path.join(path.dirname(file), `page-${page}`);
  execFileSync('pdftoppm', ['-r', '70', '-gray', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  const bytes = readFileSync(`${out}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 32).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), px: bytes.subarray(header[0].length) };
}

describe('a character no font has', () => {
  let pdf: PdfFile;
  let missing: string[];

  beforeAll(async () => {
    const doc = createLayout({ unitName: '厦门示例数据科技有限公司', generatedAt: new Date(Date.UTC(2026, 2, 15, 2, 0)), title: '缺字测试' });
    doc.heading('缺字测试');
    drawTable(doc, { columns: [{ title: '姓名', width: 1 }, { title: '职务', width: 1 }], rows: [[`王${RARE}明`, '安全员']] });
    doc.newPage();
    doc.paragraph('第二页没有缺字。');
    const rendered = await renderLayout(doc);
    missing = rendered.missing;
    pdf = new PdfFile(rendered.bytes);
  });
  afterAll(() => pdf?.close());

  it('prints as 〓 in its place, with the footnote naming U+30000 on that page only', () => {
    expect(missing).toEqual([`U+30000 ${RARE}`]);
    const first = pdf.text(1);
    expect(first).toContain(`王${MISSING_GLYPH_PLACEHOLDER}明`);
    expect(first).not.toContain(RARE);
    expect(first.replace(/[ \t]+/g, ' ')).toContain(FOOTNOTE.replace(/[ \t]+/g, ' '));
    const second = pdf.text(2);
    expect(second).toContain('第二页没有缺字。');
    expect(second).not.toContain('字体中没有的字');
  });

  it('is ink on the rendered page: the placeholder’s box is not blank paper', () => {
    const word = pdf.wordBoxes(1).find((w) => w.text.includes(MISSING_GLYPH_PLACEHOLDER))!;
    expect(word).toBeDefined();
    const { width, px } = renderGrey(pdf.file, 1);
    const scale = 70 / 72;
    // The placeholder is the middle of the three characters of 王〓明.
    const third = (word.xMax - word.xMin) / 3;
    const [x0, x1] = [Math.floor((word.xMin + third) * scale), Math.ceil((word.xMin + 2 * third) * scale)];
    const [y0, y1] = [Math.floor(word.yMin * scale), Math.ceil(word.yMax * scale)];
    let dark = 0;
    let all = 0;
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) {
        all++;
        if (px[y * width + x]! < 128) dark++;
      }
    expect(all).toBeGreaterThan(20);
    // 〓 is two thick bars: a good share of its box is ink.
    expect(dark / all).toBeGreaterThan(0.15);
  });
});
