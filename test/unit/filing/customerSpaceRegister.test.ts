// 05 客户空间登记表: only spaces still to be reported, by 空间编号, at most MAX_PDF_SPACES (3,000: the first import the issue describes) printed (the .xlsx has all);
// no 05 without spaces, no 07 without incidents.
process.env.TZ = 'America/Los_Angeles';
import { describe, expect, it } from 'vitest';
import { loadFilingRecords } from '../../../electron/filing/records';
import { buildFilingPdfs } from '../../../electron/filing/pdfs';
import { PdfFile } from '../pdf/poppler';
import { build, MAX_PDF_SPACES } from '../../../electron/filing/pdfs/customerSpaceRegister';
import { renderLayout } from '../../../electron/pdf';
import { buildRegisterXlsx } from '../../../electron/services/customerSpaces/registerXlsx';
import ExcelJS from 'exceljs';
import { UNIT_RENTER } from '../customerSpaces/fixtures';
import { cst, reportWorkspace, residentId, spaceInput } from '../reports/support';

const code = (n: number) => `XM-IDC-${String(n).padStart(6, '0')}`;

/** Every row of the first sheet as text cells. */
async function readXlsxRows(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, i) => (cells[i - 1] = c.text));
    rows.push(cells);
  });
  return rows;
}

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
    // 3,000 spaces written and printed: about 8 s on a quiet machine, several times that on a loaded one.
  }, 120_000);

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
      expect(layout).toMatch(/空间编号\s+租用者名称\s+证件类型\s+证件号码\s+联系电话\s+绑定域名 \/ 域名持有者\s+开通日期\s+报送状态/);
      expect(layout).toMatch(/所在服务器\s+（租用者类型）\s+（签发国家\/地区）\s+ICP备案号 \/ 公安联网备案号\s+（期限）/);
      // Each code whole on the first line of its row, beside the renter, 证件类型, 证件号码, 联系电话, domain and dates.
      const codes = [...layout.matchAll(/XM-IDC-\d+/g)].map((m) => m[0]);
      expect(codes).toEqual(spaces.map((s) => s.spaceCode));
      for (const [i, s] of spaces.entries()) {
        const row = layout.split('\n').find((l) => l.includes(s.spaceCode))!;
        expect(row).toMatch(new RegExp(`${s.spaceCode}\\s+${s.renterName}（个人）\\s+居民身份证\\s+${s.renterIdNumber}\\s+${phones[i % 2]}\\s+shop${i}\\.demo\\.example\\.com\\s+2026-10-01\\s+待报送`));
      }
      // 所在服务器: the 资产编号 and the 主机名 each whole, on lines of their own.
      const lines = layout.split('\n');
      expect(lines.filter((l) => /^\s*XM-DEMO-0002 \/\s/.test(l))).toHaveLength(spaces.length);
      expect(lines.filter((l) => /^\s*srv02\.demo\.example\.com(\s+ICP备案号：未填写)?(\s+2026-10-31)?\s*$/.test(l))).toHaveLength(spaces.length);
    } finally {
      file.close();
    }
  });

});

describe('05 客户空间登记表: filing numbers and 退租', () => {
  const w = reportWorkspace();
  it('prints each bound domain with its holder, ICP备案号 and 公安联网备案号 (未填写 when missing), in the .pdf and the .xlsx; an ended space is counted, not listed', async () => {
    w.setNow('2026-10-02 10:00');
    await w.saveUnit();
    const [one, unit, ended] = await w.writeSpaces([
      spaceInput(800_001, {
        renterPhone: '0592-5550100',
        domains: [
          { domain: 'shop.demo.example.com', icpNumber: '闽ICP备12345678号-1', psbNumber: '闽公网安备35020302000123号' },
          { domain: '示例.中国', holderName: '许持有', holderIdType: '居民身份证', holderIdNumber: residentId(51), icpNumber: '闽ICP备12345678号-2' },
        ],
      }),
      spaceInput(800_002, { ...UNIT_RENTER, domains: [{ domain: 'www.demo.example.com', psbNumber: '闽公网安备35020302000124号' }] }),
      spaceInput(800_003, { domains: [{ domain: 'old.demo.example.com', icpNumber: '闽ICP备12345678号-3' }] }),
    ]);
    await w.ok('customerSpaces.end', { id: ended!.id, endedOn: '2026-10-02' });
    const opts = { month: '2026-10', reportMonth: '2026-10', now: cst('2026-10-20 10:00') };
    const all = loadFilingRecords(w.host.session.store, opts);
    expect(all.endedSpaceCount).toBe(1);
    const records = all;
    expect(records.spacesToReport.map((s) => s.id)).toEqual([one!.id, unit!.id]);
    const file = new PdfFile((await renderLayout(build(records, { month: '2026-10', generatedAt: opts.now }))).bytes);
    try {
      const layout = file.text();
      expect(layout.replace(/\s+/g, '')).toContain(`共登记客户空间${all.spaceCount}个（其中已退租1个，退租见06月度变更报告）`);
      const cell = (code: string) => {
        const lines = layout.split('\n');
        const at = lines.findIndex((l) => l.includes(code));
        const end = lines.findIndex((l, i) => i > at && /XM-IDC-|第\s*1\s*页/.test(l));
        // The domain column's text only (it starts where the domain of the row's first line starts).
        const col = lines[at]!.search(/shop\.demo|www\.demo/);
        return lines.slice(at, end).map((l) => l.slice(col).replace(/\s{2,}\S+.*$/, '').trim()).filter(Boolean);
      };
      expect(cell('XM-IDC-800001')).toEqual([
        'shop.demo.example.com',
        '域名持有者：同租用者',
        'ICP备案号：闽ICP备12345678号-1',
        '公安联网备案号：闽公网安备35020302000123号',
        '示例.中国',
        '域名持有者：许持有',
        `（居民身份证 ${residentId(51)}）`,
        'ICP备案号：闽ICP备12345678号-2',
        '公安联网备案号：未填写',
      ]);
      expect(cell('XM-IDC-800002')).toEqual(['www.demo.example.com', '域名持有者：同租用者', 'ICP备案号：未填写', '公安联网备案号：闽公网安备35020302000124号']);
      expect(layout).not.toContain('XM-IDC-800003');
    } finally {
      file.close();
    }

    // The .xlsx: every space, the ended one with its 退租日期; one number per domain in the domains' order.
    const rows = await readXlsxRows((await buildRegisterXlsx(w.host.session.store, opts.now)).bytes);
    const header = rows[0]!;
    const byCode = (code: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === code)![i] ?? '']));
    expect(byCode('XM-IDC-800001')).toMatchObject({ 绑定域名: 'shop.demo.example.com、示例.中国', ICP备案号: '闽ICP备12345678号-1、闽ICP备12345678号-2', 公安联网备案号: '闽公网安备35020302000123号、—', 退租日期: '' });
    expect(byCode('XM-IDC-800002')).toMatchObject({ ICP备案号: '', 公安联网备案号: '闽公网安备35020302000124号' });
    expect(byCode('XM-IDC-800003')).toMatchObject({ ICP备案号: '闽ICP备12345678号-3', 退租日期: '2026-10-02', 报送状态: '已退租' });
  });
});
