// 退租 (第十二条（三）: the unit keeps its customers' complete, true registration): an ended space stays in the
// register with its 退租日期, leaves the spaces to be reported and 第十二条's reminders, and the 月度变更报告
// lists it as 退租; 撤销退租 undoes a mistaken one; 删除 (a record entered by mistake) still shows in 变更记录 and 06.
process.env.TZ = 'America/Los_Angeles';
import { describe, expect, it } from 'vitest';
import { loadFilingRecords } from '../../../electron/filing/records';
import type { SpaceRow } from '../../../shared/api/customerSpaceMethods';
import type { ComplianceSummary } from '../../../shared/compliance/summary';
import { endedOnProblem, reportStatus, type StoredCustomerSpace } from '../../../shared/records/customerSpace';
import type { ChangedItem, MonthlyReport } from '../../../shared/reports/monthlyReport';
import { cst, reportWorkspace, SERVER, spaceInput } from '../reports/support';

interface Found {
  total: number;
  rows: SpaceRow[];
  counts: Record<string, number>;
}
const spaceItems = (r: MonthlyReport): ChangedItem[] => r.sections.find((s) => s.section === 'customerSpaces')!.items;

describe('endedOnProblem', () => {
  it('names the field and what is wrong, in Chinese', () => {
    expect(endedOnProblem('', '2026-10-01', '2026-11-10')).toBe('请填写退租日期');
    expect(endedOnProblem('2026-02-30', '2026-01-01', '2026-11-10')).toBe('退租日期不是有效日期，格式如 2026-11-24');
    expect(endedOnProblem('2026-09-30', '2026-10-01', '2026-11-10')).toBe('退租日期不能早于开通日期（2026-10-01）');
    expect(endedOnProblem('2026-11-11', '2026-10-01', '2026-11-10')).toBe('退租日期不能晚于今天（2026-11-10），请填写客户实际退租的日期');
    expect(endedOnProblem('2026-10-01', '2026-10-01', '2026-11-10')).toBeNull();
    expect(endedOnProblem('2026-11-10', '2026-10-01', '2026-11-10')).toBeNull();
  });

  it('an ended space has nothing due, whatever its dates', () => {
    const s = { openedOn: '2026-01-01', reportedOn: '', changedOn: '' };
    expect(reportStatus(s, '2026-11-10')).toEqual({ state: '已逾期', deadline: '2026-01-31' });
    expect(reportStatus({ ...s, endedOn: '2026-02-01' }, '2026-11-10')).toEqual({ state: '已退租', deadline: '' });
  });
});

describe('退租 through the API', () => {
  const w = reportWorkspace();

  it('ends a space: kept in the register under 已退租, gone from 05 and 第十二条, 退租 in 06, undone by 撤销退租', async () => {
    w.setNow('2026-10-02 09:00');
    await w.saveUnit();
    const server = await w.ok<{ id: string }>('servers.save', SERVER);
    const [a, b, c] = await w.writeSpaces([1, 2, 3].map((n) => ({ ...spaceInput(n), serverId: server.id })));
    w.setNow('2026-11-02 09:00');
    await w.ok('reports.markMonthlyReported', { month: '2026-10' });

    w.setNow('2026-11-10 10:00');
    const refusals = await Promise.all([
      w.refused('customerSpaces.end', { id: a!.id, endedOn: '2026-09-30' }),
      w.refused('customerSpaces.end', { id: a!.id, endedOn: '2026-11-11' }),
      w.refused('customerSpaces.end', { id: a!.id, endedOn: '2026-11-31' }),
      w.refused('customerSpaces.end', { id: a!.id, endedOn: '11/09' }),
    ]);
    expect(refusals.map((e) => [e.field, e.message])).toEqual([
      ['endedOn', '退租日期不能早于开通日期（2026-10-01）'],
      ['endedOn', '退租日期不能晚于今天（2026-11-10），请填写客户实际退租的日期'],
      ['endedOn', '退租日期不是有效日期，格式如 2026-11-24'],
      ['endedOn', expect.stringContaining('退租日期')],
    ]);
    expect((await w.ok<StoredCustomerSpace>('customerSpaces.get', { id: a!.id })).endedOn).toBe('');

    // Before: A is overdue (opened 10-01, never reported) and named under 第十二条.
    const before = await w.ok<ComplianceSummary>('compliance.summary', { today: '2026-11-10' });
    const art12 = (s: ComplianceSummary) => s.rows.find((r) => r.article === '第十二条')!;
    expect(art12(before).details.map((d) => d.recordId)).toContain(a!.id);

    const ended = await w.ok<StoredCustomerSpace>('customerSpaces.end', { id: a!.id, endedOn: '2026-11-09' });
    expect(ended.endedOn).toBe('2026-11-09');
    expect((await w.refused('customerSpaces.end', { id: a!.id, endedOn: '2026-11-10' })).message).toBe('空间 XM-IDC-000001 已于 2026-11-09 退租');

    const inService = await w.ok<Found>('customerSpaces.search', { today: '2026-11-10' });
    expect(inService.rows.map((r) => r.spaceCode)).toEqual(['XM-IDC-000002', 'XM-IDC-000003']);
    expect(inService.counts).toEqual({ 全部: 2, 待报送: 0, 已逾期: 2, 已报送: 0, 已退租: 1 });
    const endedList = await w.ok<Found>('customerSpaces.search', { filter: '已退租', query: '张示例1', today: '2026-11-10' });
    expect(endedList.rows.map((r) => [r.spaceCode, r.reportState, r.reportDeadline, r.endedOn])).toEqual([['XM-IDC-000001', '已退租', '', '2026-11-09']]);

    const after = await w.ok<ComplianceSummary>('compliance.summary', { today: '2026-11-10' });
    expect(art12(after).details.map((d) => d.recordId).sort()).toEqual([b!.id, c!.id].sort());
    expect(after.deadlines.filter((d) => d.article === '第十二条').map((d) => d.text).join()).not.toContain('XM-IDC-000001');

    // An edit keeps the 退租日期; 登记报送 of every pending space leaves the ended one alone.
    await w.ok('customerSpaces.save', { ...spaceInput(1), serverId: server.id, id: a!.id, renterPhone: '13800000001' });
    expect((await w.ok<StoredCustomerSpace>('customerSpaces.get', { id: a!.id })).endedOn).toBe('2026-11-09');
    expect(await w.ok('customerSpaces.markReported', { allPending: true, reportedOn: '2026-11-10' })).toEqual({ updated: 2 });
    expect((await w.ok<StoredCustomerSpace>('customerSpaces.get', { id: a!.id })).reportedOn).toBe('');

    // 05: not to be reported, but counted in the register; 06 (November): 退租 with its date.
    await w.ok('customerSpaces.save', { ...spaceInput(4), serverId: server.id });
    const records = loadFilingRecords(w.host.session.store, { month: '2026-11', reportMonth: '2026-11', now: cst('2026-12-02 10:00') });
    expect(records.spacesToReport.map((s) => s.spaceCode)).toEqual(['XM-IDC-000004']);
    expect([records.spaceCount, records.endedSpaceCount]).toEqual([4, 1]);
    const endedItem = spaceItems(records.changeReport).find((i) => i.entityId === a!.id);
    expect(endedItem?.change).toBe('退租');
    expect(endedItem?.label).toBe('空间编号 XM-IDC-000001');
    expect(endedItem?.fields.find((f) => f.label === '退租日期')).toMatchObject({ oldValue: '', newValue: '2026-11-09' });

    // Entered by mistake: 删除 shows in 变更记录 and in 06.
    await w.ok('customerSpaces.remove', { id: c!.id });
    const audit = await w.ok<{ entity: string; entityId: string; newValue: string | null }[]>('audit.list', { entity: 'customerSpace' });
    expect(audit.some((r) => r.entityId === c!.id && r.newValue === null)).toBe(true);
    const nov = loadFilingRecords(w.host.session.store, { month: '2026-11', reportMonth: '2026-11', now: cst('2026-12-02 10:00') }).changeReport;
    expect(spaceItems(nov).find((i) => i.entityId === c!.id)?.change).toBe('删除');

    // 撤销退租: in service again; ended and restored in one period is no 退租 in 06.
    const restored = await w.ok<StoredCustomerSpace>('customerSpaces.restore', { id: a!.id });
    expect(restored.endedOn).toBe('');
    expect((await w.refused('customerSpaces.restore', { id: a!.id })).message).toBe('空间 XM-IDC-000001 没有退租，无需撤销');
    expect((await w.ok<Found>('customerSpaces.search', { today: '2026-11-10' })).counts.已退租).toBe(0);
    const novAgain = loadFilingRecords(w.host.session.store, { month: '2026-11', reportMonth: '2026-11', now: cst('2026-12-02 10:00') }).changeReport;
    expect(spaceItems(novAgain).find((i) => i.entityId === a!.id)?.change).toBe('修改');
    expect(spaceItems(novAgain).find((i) => i.entityId === a!.id)?.fields.map((f) => f.label)).not.toContain('退租日期');
  });

  it('a space opened and ended within one period is listed whole as 退租', async () => {
    w.setNow('2026-11-12 09:00');
    const [d] = await w.writeSpaces([spaceInput(10, { openedOn: '2026-11-11' })]);
    await w.ok('customerSpaces.end', { id: d!.id, endedOn: '2026-11-12' });
    const nov = loadFilingRecords(w.host.session.store, { month: '2026-11', reportMonth: '2026-11', now: cst('2026-12-02 10:00') }).changeReport;
    const item = spaceItems(nov).find((i) => i.entityId === d!.id);
    expect(item?.change).toBe('退租');
    expect(item?.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['名称', '证件号码', '开通日期', '退租日期']));
  });
});
