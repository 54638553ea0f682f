// 05 客户空间登记表: only spaces still to be reported, by 空间编号, at most MAX_PDF_SPACES (3,000: the first import the issue describes) printed (the .xlsx has all);
// no 05 without spaces, no 07 without incidents.
process.env.TZ = 'America/Los_Angeles';
import { describe, expect, it } from 'vitest';
import { loadFilingRecords } from '../../../electron/filing/records';
import { buildFilingPdfs } from '../../../electron/filing/pdfs';
import { PdfFile } from '../pdf/poppler';
import { MAX_PDF_SPACES } from '../../../electron/filing/pdfs/customerSpaceRegister';
import { cst, reportWorkspace, spaceInput } from '../reports/support';

const code = (n: number) => `XM-IDC-${String(n).padStart(6, '0')}`;

const text = (bytes: Uint8Array) => {
  const f = new PdfFile(bytes);
  try {
    return f.text().replace(/\s+/g, '');
  } finally {
    f.close();
  }
};

describe('05 客户空间登记表', () => {
  const w = reportWorkspace();
  it('is left out without spaces; with MAX_PDF_SPACES + 103 due and 1 reported prints the first MAX_PDF_SPACES due and counts the rest', async () => {
    w.setNow('2026-10-02 10:00');
    await w.saveUnit();
    const opts = { month: '2026-10', reportMonth: '2026-10', now: cst('2026-10-20 10:00') };
    const empty = await buildFilingPdfs(loadFilingRecords(w.host.session.store, opts), { month: '2026-10', generatedAt: opts.now });
    expect(empty.map((p) => p.fileName.slice(0, 2))).toEqual(['01', '02', '03', '04', '06']);

    const due = MAX_PDF_SPACES + 103;
    await w.writeSpaces(Array.from({ length: due }, (_, i) => spaceInput(due - i)), true);
    await w.writeSpaces([spaceInput(9000, { reportedOn: '2026-10-02' })]);
    const records = loadFilingRecords(w.host.session.store, opts);
    expect(records.spaceCount).toBe(due + 1);
    expect(records.spacesToReportCount).toBe(due);
    expect(records.spacesToReport[0]!.spaceCode).toBe('XM-IDC-000001');
    const pdfs = await buildFilingPdfs(records, { month: '2026-10', generatedAt: opts.now });
    const register = pdfs.find((p) => p.fileName === '05_客户空间登记表.pdf')!;
    const t = text(register.bytes);
    expect(t).toContain(`共登记客户空间${due + 1}个，其中本次须报送（新开通或信息有变更）${due}个`);
    expect(t).toContain(code(MAX_PDF_SPACES));
    expect(t).not.toContain(code(MAX_PDF_SPACES + 1));
    expect(t).not.toContain(code(9000));
    expect(t).toContain('另有103项，详见05_客户空间登记表.xlsx');
    expect(pdfs.some((p) => p.fileName.startsWith('07_'))).toBe(false);
  });
});
