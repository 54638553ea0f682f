// The package with 05 客户空间登记表, 06 月度变更报告 and 07 安全事件登记表 (PDFs and the .xlsx beside 05 and
// 06): listed in the manifest and SHA256SUMS.txt, verified, readable; a rare character in a renter's name is
// reported by the 完整性检查 like those of 01–04; the report month is never recorded by the export (this month is a
// preview that cannot be recorded at all).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { currentMonth } from '../../../electron/filing/records';
import { writeSpace } from '../../../electron/services/customerSpaces/spaceWriter';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { shiftMonth } from '../../../shared/reports/monthlyReport';
import { customerSpaceSchema } from '../../../shared/records/customerSpace';
import { withCheck } from '../../support/independentMod11';
import { tempWorkspace } from '../../support/tempWorkspace';
import { PdfFile } from '../pdf/poppler';
import { fillWorkspace } from './packageFixture';

const MONTH = currentMonth();
const TODAY = todayInShanghai();
const squash = (s: string) => s.replace(/\s+/g, '');
const pdfText = (file: string) => {
  const f = new PdfFile(readFileSync(file));
  try {
    return squash(f.text());
  } finally {
    f.close();
  }
};

describe('the package with 05, 06 and 07', () => {
  const ws = tempWorkspace();
  const out = mkdtempSync(path.join(os.tmpdir(), 'beian-out-'));
  let host: ApiHost;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await host.dispatch(method, input, { transport: 'test' });
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.result as T;
  };
  beforeAll(async () => {
    host = await openApiHost(ws.dir);
    await fillWorkspace(host.dispatch, { month: MONTH });
    await host.session.store.mutate((tx) => {
      writeSpace(
        tx,
        customerSpaceSchema.parse({
          spaceCode: 'XM-IDC-000101',
          renterKind: '个人',
          renterName: '郑演示',
          renterIdType: '居民身份证',
          renterIdNumber: withCheck('35020319800101101'),
          domains: [{ domain: '演示.中国' }],
          openedOn: TODAY,
        }),
      );
      writeSpace(
        tx,
        customerSpaceSchema.parse({
          spaceCode: 'XM-IDC-000102',
          renterKind: '个人',
          renterName: '林已报',
          renterIdType: '居民身份证',
          renterIdNumber: withCheck('35020319800101102'),
          openedOn: TODAY,
          reportedOn: TODAY,
        }),
      );
    });
    await call('incidents.save', {
      occurredAt: `${TODAY} 00:05`,
      kind: '事件',
      title: '演示端口扫描',
      description: '防火墙记录到来自境外地址的端口扫描（演示）。',
      measures: '封禁来源地址',
    });
  });
  afterAll(async () => {
    await host.close();
    ws.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('a rare character in a renter name is a 完整性检查 reminder naming the space, linked to 客户空间', async () => {
    const rare = await host.session.store.mutate((tx) =>
      writeSpace(
        tx,
        customerSpaceSchema.parse({
          spaceCode: 'XM-IDC-000103',
          renterKind: '个人',
          renterName: '王\u{30000}',
          renterIdType: '居民身份证',
          renterIdNumber: withCheck('35020319800101103'),
          openedOn: TODAY,
        }),
      ),
    );
    const c = await call<{ warnings: { text: string; screen: string }[] }>('filing.check', { month: MONTH, reportMonth: MONTH });
    const w = c.warnings.find((x) => x.text.includes('U+30000') && x.text.startsWith('空间编号 XM-IDC-000103'));
    expect(w?.screen).toBe('customerSpaces');
    await call('customerSpaces.remove', { id: rare.id }).catch(async () => {
      await host.session.store.mutate((tx) => tx.db.run("DELETE FROM record WHERE kind = 'customerSpace' AND id = ?", [rare.id]));
    });
  });

  it('holds 05–07 and both sheets, listed and verified; this month’s 06 is a preview and nothing is recorded', async () => {
    const started = await call<{ jobId: string }>('filing.export', { destination: out, month: MONTH, reportMonth: MONTH, zip: false });
    let p: {
      result?: { folder: string; verified: number; customerSpaces?: { toReport: number; asOf: string }; monthlyReport?: { month: string; canMark: boolean; reason?: string } };
      error?: { message: string };
    };
    for (;;) {
      p = await call('filing.progress', { jobId: started.jobId });
      if (p.result || p.error) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(p.error).toBeUndefined();
    const folder = p.result!.folder;
    const files = readdirSync(folder).sort();
    expect(files).toEqual(
      expect.arrayContaining(['05_客户空间登记表.pdf', '05_客户空间登记表.xlsx', '06_月度变更报告.pdf', '06_月度变更报告.xlsx', '07_安全事件登记表.pdf']),
    );
    const sums = readFileSync(path.join(folder, 'SHA256SUMS.txt'), 'utf8');
    for (const f of ['05_客户空间登记表.xlsx', '06_月度变更报告.xlsx', '07_安全事件登记表.pdf']) expect(sums).toContain(`  ${f}\n`);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: folder, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.reportMonth).toBe(MONTH);
    expect(manifest.contents.map((c: { path: string }) => c.path)).toEqual(expect.arrayContaining(['05_客户空间登记表.xlsx', '06_月度变更报告.pdf', '07_安全事件登记表.pdf']));

    const register = pdfText(path.join(folder, '05_客户空间登记表.pdf'));
    expect(register).toContain('XM-IDC-000101');
    expect(register).toContain('郑演示');
    expect(register).toContain('演示.中国');
    expect(register).not.toContain('林已报'); // already reported: only in the .xlsx
    const report = pdfText(path.join(folder, '06_月度变更报告.pdf'));
    expect(report).toContain(squash('空间编号 XM-IDC-000101'));
    expect(report).toContain(squash('服务器 DEMO-0001'));
    const incidents = pdfText(path.join(folder, '07_安全事件登记表.pdf'));
    expect(incidents).toContain('演示端口扫描');
    expect(incidents).toContain('未报告');

    expect(report).toContain('（本月尚未结束）');
    expect(p.result!.monthlyReport).toMatchObject({ month: MONTH, canMark: false, reason: expect.stringContaining('尚未结束（北京时间）') });
    expect(await call('reports.monthlyHistory', {})).toEqual([]);

    // The result says how many spaces 05 carries and as of when, for 登记报送 once they are submitted.
    const carried = p.result!.customerSpaces!;
    expect(carried.toReport).toBe(manifest.counts.customerSpacesToReport);
    expect(carried.toReport).toBeGreaterThan(0);
    const due = async () => (await call<{ counts: Record<string, number> }>('customerSpaces.search', {})).counts;
    const before = await due();
    expect((before['待报送'] ?? 0) + (before['已逾期'] ?? 0)).toBe(carried.toReport);
    const marked = await call<{ updated: number }>('customerSpaces.markReported', { allPending: true, reportedOn: todayInShanghai(), asOf: carried.asOf });
    expect(marked.updated).toBe(carried.toReport);
    expect(await due()).toMatchObject({ 待报送: 0, 已逾期: 0 });
  });

  it('a 报告月份 before a month recorded as reported is a 完整性检查 reminder: its changes were reported already', async () => {
    const recorded = shiftMonth(MONTH, -1);
    await call('reports.markMonthlyReported', { month: recorded, via: 'package' });
    const before = shiftMonth(MONTH, -2);
    const check = await call<{ warnings: { article: string; text: string; screen?: string }[] }>('filing.check', { month: MONTH, reportMonth: before });
    expect(check.warnings).toContainEqual({
      article: '第十三条（三）',
      text: `报告月份 ${before} 的变更已包含在已报送的 ${recorded} 月度变更报告中，06 将重复列出这些变更；下一份要报送的是 ${recorded} 之后的月份`,
      screen: 'changes',
    });
    const same = await call<{ warnings: { text: string }[] }>('filing.check', { month: MONTH, reportMonth: recorded });
    expect(same.warnings.map((w) => w.text).join('\n')).not.toContain('已包含在已报送的');
  });
});
