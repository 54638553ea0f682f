// 月度变更报告 from the audit trail: month ends in China Standard Time (the process runs in Los Angeles),
// continuing after the last reported month, 新增 / 修改 / 删除 per record, the importer's '*' rows.
process.env.TZ = 'America/Los_Angeles';
import { describe, expect, it } from 'vitest';
import type { ChangedItem, MonthlyReport, ReportedMonth } from '../../../shared/reports/monthlyReport';
import { monthEndInstant } from '../../../shared/reports/monthlyReport';
import { reportWorkspace, residentId, SERVER, spaceInput } from './support';

const items = (r: MonthlyReport, section: string): ChangedItem[] => r.sections.find((s) => s.section === section)!.items;
const field = (item: ChangedItem | undefined, label: string) => item?.fields.find((f) => f.label === label);

describe('the month ends at 23:59:59.999 China Standard Time whatever the machine zone', () => {
  it('runs in a zone far from UTC+8', () => {
    expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset()).toBe(420);
    expect(monthEndInstant('2026-10')).toBe('2026-10-31T15:59:59.999Z');
    expect(monthEndInstant('2026-12')).toBe('2026-12-31T15:59:59.999Z');
    expect(monthEndInstant('2028-02')).toBe('2028-02-29T15:59:59.999Z');
  });

  const w = reportWorkspace();
  it('a change at 2026-10-31 23:59 CST is in October; one at 2026-11-01 00:00 CST is in November', async () => {
    w.setNow('2026-10-31 23:59');
    await w.ok('servers.save', SERVER);
    w.setNow('2026-11-01 00:00');
    await w.ok('servers.save', { ...SERVER, assetNo: 'B-002', ips: ['192.0.2.2'] });

    const oct = await w.ok<MonthlyReport>('reports.monthlyPreview', { month: '2026-10' });
    expect(items(oct, 'servers').map((i) => [i.change, i.label])).toEqual([['新增', '服务器 A-001']]);
    expect(oct).toMatchObject({ periodStart: '2026-10-31', periodEnd: '2026-10-31', counts: { added: 1, changed: 0, removed: 0 }, previous: null });

    const nov = await w.ok<MonthlyReport>('reports.monthlyPreview', { month: '2026-11' });
    // November without a reported October covers both (the first report starts at the first record).
    expect(items(nov, 'servers').map((i) => i.label)).toEqual(['服务器 A-001', '服务器 B-002']);
    expect(nov.periodEnd).toBe('2026-11-30');
  });
});

describe('a report continues after the last reported one; a reported month is regenerated with its range', () => {
  const w = reportWorkspace();
  it('November starts where the reported October ended', async () => {
    w.setNow('2026-10-05 10:00');
    const a = await w.ok<{ id: string }>('servers.save', SERVER);
    w.setNow('2026-10-31 23:00'); // October has not ended in Beijing time: it cannot be recorded yet
    const early = await w.refused('reports.markMonthlyReported', { month: '2026-10', via: 'cli' });
    expect(early).toMatchObject({ code: 'VALIDATION', field: 'month' });
    expect(early.message).toContain('2026年10月尚未结束（北京时间），不能记为已报送');
    w.setNow('2026-11-01 00:00');
    const marked = await w.ok<ReportedMonth>('reports.markMonthlyReported', { month: '2026-10', via: 'cli' });
    expect(marked).toMatchObject({ month: '2026-10', fromAuditId: 0, added: 1, changed: 0, removed: 0, via: 'cli' });

    w.setNow('2026-11-02 10:00'); // after reporting: belongs to the next report
    await w.ok('servers.save', { ...SERVER, id: a.id, rack: 'B02-07U' });
    w.setNow('2026-11-03 10:00');
    await w.ok('servers.save', { ...SERVER, assetNo: 'C-003', ips: ['192.0.2.3'] });

    const nov = await w.ok<MonthlyReport>('reports.monthlyPreview', { month: '2026-11' });
    expect(nov.fromAuditId).toBe(marked.toAuditId);
    expect(nov).toMatchObject({ periodStart: '2026-11-01', periodEnd: '2026-11-30', previous: { month: '2026-10' }, counts: { added: 1, changed: 1, removed: 0 } });
    const rack = items(nov, 'servers').find((i) => i.change === '修改');
    expect(rack?.label).toBe('服务器 A-001');
    expect(field(rack, '机柜位置')).toMatchObject({ oldValue: 'A01-01U', newValue: 'B02-07U' });

    // October again: the range it was reported with, not the change made after reporting.
    const oct = await w.ok<MonthlyReport>('reports.monthlyPreview', { month: '2026-10' });
    expect([oct.fromAuditId, oct.toAuditId]).toEqual([marked.fromAuditId, marked.toAuditId]);
    expect(items(oct, 'servers').map((i) => i.change)).toEqual(['新增']);
    expect(field(items(oct, 'servers')[0], '机柜位置')?.newValue).toBe('A01-01U');

    const again = await w.ok<ReportedMonth>('reports.markMonthlyReported', { month: '2026-10', via: 'package' });
    expect(again).toEqual(marked);
    const history = await w.ok<ReportedMonth[]>('reports.monthlyHistory', {});
    expect(history.map((h) => h.month)).toEqual(['2026-10']);
    const earlier = await w.refused('reports.markMonthlyReported', { month: '2026-09', via: 'cli' });
    expect(earlier).toMatchObject({ code: 'VALIDATION', field: 'month' });
    expect(earlier.message).toContain('2026-10 的月度变更报告已报送');
    const refusal = await w.refused('reports.monthlyPreview', { month: '2026-13' });
    expect(refusal.message).toContain('YYYY-MM');
  });
});

describe('新增 / 修改 / 删除 per record', () => {
  const w = reportWorkspace();
  it('created and changed: 新增 with final values; created and removed: left out; changed then removed: 删除; settings left out', async () => {
    w.setNow('2026-09-10 10:00');
    const old = await w.ok<{ id: string }>('servers.save', SERVER);
    w.setNow('2026-10-01 08:00');
    await w.ok('reports.markMonthlyReported', { month: '2026-09', via: 'cli' });

    w.setNow('2026-10-02 09:00');
    const fresh = await w.ok<{ id: string }>('servers.save', { ...SERVER, assetNo: 'N-100', ips: ['192.0.2.100'] });
    w.setNow('2026-10-03 09:00');
    await w.ok('servers.save', { ...SERVER, id: fresh.id, assetNo: 'N-100', ips: ['192.0.2.100'], hostname: 'final.example.com' });
    const brief = await w.ok<{ id: string }>('servers.save', { ...SERVER, assetNo: 'T-999', ips: ['192.0.2.99'] });
    await w.ok('servers.remove', { id: brief.id });
    await w.ok('servers.save', { ...SERVER, id: old.id, rack: 'Z99' });
    await w.ok('servers.remove', { id: old.id });
    const settings = await w.ok<{ imageProfile: { watermark: { enabled: boolean; text: string } } }>('settings.get', {});
    await w.ok('settings.save', { imageProfile: { ...settings.imageProfile, watermark: { enabled: true, text: '仅供备案使用' } } });

    const r = await w.ok<MonthlyReport>('reports.monthlyPreview', { month: '2026-10' });
    const servers = items(r, 'servers');
    expect(servers.map((i) => [i.change, i.label])).toEqual([
      ['新增', '服务器 N-100'],
      ['删除', '服务器 A-001'],
    ]);
    expect(field(servers[0], '主机名')?.newValue).toBe('final.example.com');
    expect(field(servers[0], '用途')?.newValue).toBe('网站/虚拟空间');
    expect(field(servers[1], '机柜位置')?.oldValue).toBe('Z99');
    expect(servers[0]!.fields.map((f) => f.label)).not.toContain('备案期限');
    expect(r.counts).toEqual({ added: 1, changed: 0, removed: 1 });
    expect(JSON.stringify(r)).not.toContain('仅供备案使用');
  });
});

describe("客户空间: form rows and the importer's '*' rows are both 新增", () => {
  const w = reportWorkspace();
  it('lists imported and typed spaces as 新增 with readable values, a renter change as 修改', async () => {
    w.setNow('2026-09-05 10:00');
    const server = await w.ok<{ id: string }>('servers.save', SERVER);
    const [kept] = await w.writeSpaces([spaceInput(1, { serverId: server.id })]);
    w.setNow('2026-10-01 08:00');
    await w.ok('reports.markMonthlyReported', { month: '2026-09', via: 'cli' });

    w.setNow('2026-10-08 10:00');
    await w.writeSpaces(
      [
        spaceInput(2, { serverId: server.id, domains: [{ domain: '例子.中国' }] }),
        spaceInput(3),
      ],
      true,
    );
    await w.writeSpaces([spaceInput(4)]);
    await w.writeSpaces([{ ...spaceInput(1, { serverId: server.id, renterPhone: '13900001111' }), id: kept!.id }]);

    const rows = w.host.session.store.read((db) => db.exec("SELECT field FROM audit WHERE entity = 'customerSpace' AND old_value IS NULL AND field = '*'"));
    expect(rows[0]?.values.length).toBe(2);

    const r = await w.ok<MonthlyReport>('reports.monthlyPreview', { month: '2026-10' });
    const spaces = items(r, 'customerSpaces');
    expect(spaces.map((i) => [i.change, i.label])).toEqual([
      ['新增', '空间编号 XM-IDC-000002'],
      ['新增', '空间编号 XM-IDC-000003'],
      ['新增', '空间编号 XM-IDC-000004'],
      ['修改', '空间编号 XM-IDC-000001'],
    ]);
    const imported = spaces[0]!;
    expect(field(imported, '绑定域名')?.newValue).toBe('例子.中国');
    expect(field(imported, '所在服务器')?.newValue).toBe('A-001');
    expect(field(imported, '名称')?.newValue).toBe('张示例2');
    expect(imported.fields.map((f) => f.field)).not.toContain('id');
    expect(field(spaces[3], '联系电话')).toMatchObject({ oldValue: '', newValue: '13900001111' });
    expect(r.counts).toEqual({ added: 3, changed: 1, removed: 0 });
  });
});

describe('值班表: a month of 排班 summarized when new, line by line when changed, with names', () => {
  const w = reportWorkspace();
  it('lists the 排班 taken out and put in after a regeneration', async () => {
    w.setNow('2026-10-20 10:00');
    const a = await w.ok<{ id: string }>('people.save', { name: '陈值班', idType: '居民身份证', idNumber: residentId(31), roles: ['值班人员'] });
    const b = await w.ok<{ id: string }>('people.save', { name: '林值班', idType: '居民身份证', idNumber: residentId(32), roles: ['值班人员'] });
    const settings = { dutyPhone: '0592-5550110', shifts: [{ id: 'day', name: '全天', start: '00:00', end: '24:00' }], rotationStart: '2026-11-01' };
    await w.ok('dutyRoster.saveSettings', { ...settings, rotation: [a.id, b.id] });
    await w.ok('dutyRoster.generate', { from: '2026-11-01', to: '2026-11-02' });
    const oct = await w.ok<MonthlyReport>('reports.monthlyPreview', { month: '2026-10' });
    const month = items(oct, 'dutyRoster').find((i) => i.label === '值班表 2026-11');
    expect(field(month, '排班')?.newValue).toBe('2 个班次（2026-11-01 至 2026-11-02）');
    expect(field(items(oct, 'dutyRoster').find((i) => i.label === '值班表设置'), '轮换')?.newValue).toBe('陈值班、林值班');
    w.setNow('2026-11-01 07:00');
    await w.ok('reports.markMonthlyReported', { month: '2026-10', via: 'cli' });

    w.setNow('2026-11-01 08:00');
    await w.ok('dutyRoster.saveSettings', { ...settings, rotation: [b.id, a.id] });
    await w.ok('dutyRoster.generate', { from: '2026-11-01', to: '2026-11-02' });
    const nov = await w.ok<MonthlyReport>('reports.monthlyPreview', { month: '2026-11' });
    const changed = items(nov, 'dutyRoster').find((i) => i.label === '值班表 2026-11');
    expect(changed?.change).toBe('修改');
    expect(field(changed, '排班')?.oldValue).toMatch(/^2026-11-01 全天 00:00–00:00 陈值班、2026-11-02 全天 00:00–00:00 林值班$/);
    expect(field(changed, '排班')?.newValue).toMatch(/^2026-11-01 全天 00:00–00:00 林值班、2026-11-02 全天 00:00–00:00 陈值班$/);
    expect(JSON.stringify(nov)).not.toContain(a.id);
  });
});
