import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLayout } from '../../../electron/pdf';
import { UNIT, sampleLayout } from './fixture';
import { PdfFile } from './poppler';

describe('a generated filing PDF, read back with poppler', () => {
  let pdf: PdfFile;
  let pages: number;
  let missing: string[];

  beforeAll(async () => {
    const doc = sampleLayout(200);
    const rendered = await renderLayout(doc);
    pages = doc.pages.length;
    missing = rendered.missing;
    pdf = new PdfFile(rendered.bytes);
  });
  afterAll(() => pdf?.close());

  it('has the pages laid out, each A4', () => {
    expect(pages).toBeGreaterThanOrEqual(6);
    const info = pdf.info();
    expect(Number(info.Pages)).toBe(pages);
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    expect(info.Title).toBe('信息网络安全人员名单');
    expect(missing).toEqual([]);
  });

  it('is real text: names, numbers and the rare 𠮷 (through the fallback face) read back', () => {
    const text = pdf.text();
    for (const s of ['信息网络安全人员名单', '厦门市服务器托管行业安全管理规定', 'network', '0592-1234567', '91350200MA2XXXXX1A', '吉田𠮷', '欧阳喆赟', '值班员200号', '350203199001011199', '以上人员信息真实']) {
      expect(text, s).toContain(s);
    }
  });

  it('embeds every font, subset, as CID TrueType with a ToUnicode map', () => {
    const fonts = pdf.fonts();
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansJP-Regular', 'NotoSansSC-Regular']);
    for (const f of fonts) {
      expect(f).toMatchObject({ type: 'CID TrueType', emb: true, sub: true, uni: true });
      expect(f.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('puts the unit name, the generation time and 第 N 页 / 共 M 页 on every page, and the table header on every table page', () => {
    for (let n = 1; n <= pages; n++) {
      const text = pdf.text(n);
      expect(text, `page ${n}`).toContain(UNIT);
      expect(text, `page ${n}`).toContain('生成时间：2026-03-01 14:05');
      // pdftotext drops the thin spaces of 第 N 页 / 共 M 页
      expect(text, `page ${n}`).toMatch(new RegExp(`第\\s*${n}\\s*页\\s*/\\s*共\\s*${pages}\\s*页`));
      expect(text, `page ${n}`).toMatch(/序号\s+姓名\s+职务\s+身份证号码\s+联系电话/);
    }
  });

  it('has every table row once, in order, and the signature boxes on the last page', () => {
    const all = pdf.text();
    const seen = [...all.matchAll(/值班员(\d+)号/g)].map((m) => Number(m[1]));
    expect(seen).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const last = pdf.text(pages);
    expect(last).toContain('法定代表人（签字）：');
    expect(last).toContain('单位（盖章）：');
    expect(last).toMatch(/日期：\s+年\s+月\s+日/);
  });
});

describe('a landscape filing PDF, read back with poppler', () => {
  let pdf: PdfFile;
  let pages: number;

  beforeAll(async () => {
    const doc = sampleLayout(60, 'landscape');
    pages = doc.pages.length;
    pdf = new PdfFile((await renderLayout(doc)).bytes);
  });
  afterAll(() => pdf?.close());

  it('has every page A4 landscape (841.89 × 595.28 pt, not rotated), the portrait default unchanged', async () => {
    expect(pages).toBeGreaterThanOrEqual(2);
    const sizes = pdf.pageSizes();
    expect(sizes).toHaveLength(pages);
    for (const s of sizes) expect(s).toEqual({ size: '841.89 x 595.28 pts (A4)', rot: '0' });
    const portrait = new PdfFile((await renderLayout(sampleLayout(1))).bytes);
    try {
      expect(portrait.pageSizes()).toEqual([{ size: '595.28 x 841.89 pts (A4)', rot: '0' }]);
    } finally {
      portrait.close();
    }
  });

  it('puts the header and the footer on every page, the table header on every table page, and every row once', () => {
    for (let n = 1; n <= pages; n++) {
      const text = pdf.text(n);
      expect(text, `page ${n}`).toContain(UNIT);
      expect(text, `page ${n}`).toContain('生成时间：2026-03-01 14:05');
      expect(text, `page ${n}`).toMatch(new RegExp(`第\\s*${n}\\s*页\\s*/\\s*共\\s*${pages}\\s*页`));
      if (/值班员\d+号/.test(text)) expect(text, `page ${n}`).toMatch(/序号\s+姓名\s+职务\s+身份证号码\s+联系电话/);
    }
    const seen = [...pdf.text().matchAll(/值班员(\d+)号/g)].map((m) => Number(m[1]));
    expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(pdf.text(pages)).toContain('单位（盖章）：');
  });
});
