import { describe, expect, it } from 'vitest';
import { articleOfRecord, completenessCheck } from '../../../shared/filing/completeness';
import { densityFor, ID_CARD_WIDTH_MM } from '../../../electron/standardImages';

describe('ID-card scans print at real size', () => {
  it('the density makes the long edge 85.6 mm: 1712 px → 508 dpi, 1000 px → 297 dpi', () => {
    expect(densityFor(1712, ID_CARD_WIDTH_MM)).toBe(508);
    expect(densityFor(1000, ID_CARD_WIDTH_MM)).toBe(297);
    expect((1712 / densityFor(1712, ID_CARD_WIDTH_MM)) * 25.4).toBeCloseTo(85.6, 1);
  });
});

describe('a character no font has is reported under its record’s article', () => {
  it('names record, field and article, and says it prints as 〓', () => {
    expect(articleOfRecord('服务器 A-001')).toBe('第八条');
    expect(articleOfRecord('空间编号 XM-IDC-000001')).toBe('第四条');
    expect(articleOfRecord('人员 #3')).toBe('第九条');
    const c = completenessCheck({ rows: [] }, [{ record: '空间编号 XM-IDC-000001', field: '租用者名称', char: '𠮷', codePoint: 'U+20BB7' }], []);
    const w = c.warnings.find((x) => x.text.includes('U+20BB7'))!;
    expect(w.article).toBe('第四条');
    expect(w.text).toBe('空间编号 XM-IDC-000001的“租用者名称”中的 「𠮷」（U+20BB7） 在 PDF 字体中没有，表格上印为“〓”并加脚注：请打印后手写补全，或核对该字是否录入有误');
  });
});
