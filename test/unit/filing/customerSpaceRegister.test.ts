// 05 客户空间登记表: only spaces still to be reported, by 空间编号, at most MAX_PDF_SPACES (3,000: the first import the issue describes) printed (the .xlsx has all);
// no 05 without spaces, no 07 without incidents.
process.env.TZ = 'America/Los_Angeles';
import { describe, expect, it } from 'vitest';
import { loadFilingRecords } from '../../../electron/filing/records';
import { buildFilingPdfs } from '../../../electron/filing/pdfs';
import { PdfFile } from '../pdf/poppler';
import { build, MAX_PDF_SPACES } from '../../../electron/filing/pdfs/customerSpaceRegister';
import { renderLayout } from '../../../electron/pdf';
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

  it('is landscape A4 with the renter in separate columns; a space code and its server each stay on one line', async () => {
    w.setNow('2026-10-02 10:00');
    const opts = { month: '2026-10', reportMonth: '2026-10', now: cst('2026-10-20 10:00') };
    const phones = ['0592-5550100', '13800000011'];
    const stored = await w.writeSpaces(Array.from({ length: 24 }, (_, i) => spaceInput(900_001 + i, { renterPhone: phones[i % 2], domains: [{ domain: `shop${i}.demo.example.com` }] })));
    const label = 'XM-DEMO-0002 / srv02.demo.example.com';
    const spaces = stored.map((s) => ({ ...s, serverId: 'srv-2' }));
    const records = { ...loadFilingRecords(w.host.session.store, opts), spacesToReport: spaces, spacesToReportCount: spaces.length, serverLabels: new Map([['srv-2', label]]) };
    const file = new PdfFile((await renderLayout(build(records, { month: '2026-10', generatedAt: opts.now }))).bytes);
    try {
      const sizes = file.pageSizes();
      expect(sizes.length).toBeGreaterThanOrEqual(2);
      for (const s of sizes) expect(s).toEqual({ size: '841.89 x 595.28 pts (A4)', rot: '0' });
      const layout = file.text();
      expect(layout).toMatch(/空间编号\s+租用者名称\s+证件类型\s+证件号码\s+联系电话\s+单位负责人\s+绑定域名 \/ 域名持有者\s+开通日期\s+报送状态/);
      // Each code whole on the first line of its row, beside the renter, 证件类型, 证件号码, 联系电话, domain and dates.
      const codes = [...layout.matchAll(/XM-IDC-\d+/g)].map((m) => m[0]);
      expect(codes).toEqual(spaces.map((s) => s.spaceCode));
      for (const [i, s] of spaces.entries()) {
        const row = layout.split('\n').find((l) => l.includes(s.spaceCode))!;
        expect(row).toMatch(new RegExp(`${s.spaceCode}\\s+${s.renterName}（个人）\\s+居民身份证\\s+${s.renterIdNumber}\\s+${phones[i % 2]}\\s+—\\s+shop${i}\\.demo\\.example\\.com\\s+2026-10-01\\s+待报送`));
      }
      // 所在服务器: the 资产编号 and the 主机名 each whole, on lines of their own.
      const lines = layout.split('\n');
      expect(lines.filter((l) => /^\s*XM-DEMO-0002 \/\s/.test(l))).toHaveLength(spaces.length);
      expect(lines.filter((l) => /^\s*srv02\.demo\.example\.com(\s+2026-10-31)?\s*$/.test(l))).toHaveLength(spaces.length);
    } finally {
      file.close();
    }
  });
});
