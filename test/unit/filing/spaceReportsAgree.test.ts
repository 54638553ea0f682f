// Issue 10, items 4 and 6: 05 客户空间登记表 and 06 月度变更报告 of one package never contradict each other.
// Read back from the generated PDFs with pdftotext: a space 05 lists as to be reported that changed in 06's
// period is in 06 as 新增 or 修改; an ended space is in 06 as 退租 and not in 05's list; a deleted one is 删除.
process.env.TZ = 'America/Los_Angeles';
import { describe, expect, it } from 'vitest';
import { buildFilingPdfs } from '../../../electron/filing/pdfs';
import { loadFilingRecords } from '../../../electron/filing/records';
import { PdfFile } from '../pdf/poppler';
import { cst, reportWorkspace, SERVER, spaceInput } from '../reports/support';

const code = (n: number) => `XM-IDC-${String(n).padStart(6, '0')}`;
const squash = (s: string) => s.replace(/\s+/g, '');

function pdfText(bytes: Uint8Array): string {
  const f = new PdfFile(bytes);
  try {
    return f.text();
  } finally {
    f.close();
  }
}

describe('05 and 06 of one package agree', () => {
  const w = reportWorkspace();

  it('lists in 06 as 新增 / 修改 every space 05 reports that changed in the period, and as 退租 / 删除 the ones 05 no longer lists', async () => {
    w.setNow('2026-10-05 09:00');
    await w.saveUnit();
    const server = await w.ok<{ id: string }>('servers.save', SERVER);
    const on = (n: number, over: Record<string, unknown> = {}) => ({ ...spaceInput(n, over), serverId: server.id });
    // October: five spaces, four reported to the police on the 20th, and the October report recorded.
    const [s1, s2, s3] = await w.writeSpaces([on(1), on(2), on(3), on(4), on(6)]);
    w.setNow('2026-10-20 09:00');
    const all = await w.ok<{ rows: { id: string; spaceCode: string }[] }>('customerSpaces.search', { limit: 10 });
    await w.ok('customerSpaces.markReported', { ids: all.rows.filter((r) => r.spaceCode !== code(6)).map((r) => r.id), allPending: false, reportedOn: '2026-10-20' });
    w.setNow('2026-11-02 09:00');
    await w.ok('reports.markMonthlyReported', { month: '2026-10' });

    // November: one new, one changed, one ended, one deleted (entered by mistake); 4 unchanged, 6 still unreported.
    w.setNow('2026-11-05 10:00');
    await w.ok('customerSpaces.save', on(5));
    await w.ok('customerSpaces.save', { ...on(1, { renterPhone: '13800000001' }), id: s1!.id });
    await w.ok('customerSpaces.end', { id: s2!.id, endedOn: '2026-11-04' });
    await w.ok('customerSpaces.remove', { id: s3!.id });

    const now = cst('2026-12-02 10:00');
    const records = loadFilingRecords(w.host.session.store, { month: '2026-12', reportMonth: '2026-11', now });
    const pdfs = await buildFilingPdfs(records, { month: '2026-12', generatedAt: now });
    const text = (prefix: string) => pdfText(pdfs.find((p) => p.fileName.startsWith(prefix))!.bytes);
    const t05 = text('05_');
    const t06 = text('06_');

    // What 05 lists to be reported, read from its table.
    const listed05 = [...new Set([...t05.matchAll(/XM-IDC-\d{6}/g)].map((m) => m[0]))].sort();
    expect(listed05).toEqual([code(1), code(5), code(6)]);

    // 06's rows: 变更类型 and 对象 start each item's first line.
    const items06 = new Map([...t06.matchAll(/^\s*(新增|修改|退租|删除)\s+空间编号\s+(XM-IDC-\d{6})/gm)].map((m) => [m[2]!, m[1]!]));
    expect(Object.fromEntries(items06)).toEqual({ [code(1)]: '修改', [code(2)]: '退租', [code(3)]: '删除', [code(5)]: '新增' });
    expect(squash(t06)).toContain('报告期间：2026-11-01至2026-11-30');

    // The agreement itself, as a rule over both documents.
    for (const c of listed05) {
      const change = items06.get(c);
      // Listed in 05 and touched in 06's period: 06 says it is new or changed, never ended or deleted.
      if (change !== undefined) expect(['新增', '修改'], `${c} in 06`).toContain(change);
    }
    for (const [c, change] of items06) {
      if (change === '退租' || change === '删除') expect(listed05, `${c} is ${change} in 06`).not.toContain(c);
      if (change === '新增') expect(listed05, `${c} is new in 06`).toContain(c);
    }
    // Still unreported from October: in 05, not in November's changes (no contradiction: it changed before).
    expect(items06.has(code(6))).toBe(false);
    // The ended space stays in the register: 05 counts it, and 06 gives its 退租日期.
    expect(squash(t05)).toContain('共登记客户空间5个（其中已退租1个，退租见06月度变更报告），其中本次须报送（新开通或信息有变更）3个');
    expect(squash(t06)).toMatch(/退租空间编号XM-IDC-000002退租日期（空）2026-11-04/);
  });
});
