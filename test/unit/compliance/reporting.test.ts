// 第四条、第十二条（三十日内报送）、第十三条（三）（月度变更报告 by the 20th）、第十三条（五）（事件上报） on 概览,
// and how the 完整性检查 lists them (reminders, never blocking).
import { describe, expect, it } from 'vitest';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import type { ComplianceIncident, ComplianceMonthlyReport, ComplianceSpace } from '../../../shared/compliance/input';
import { completenessCheck } from '../../../shared/filing/completeness';
import { addDays } from '../../../shared/records/dates';
import { input, row, server, unit } from './records';

const idc = unit(['IDC机房服务单位', '服务器架设单位']);

let n = 0;
function space(over: Partial<ComplianceSpace> = {}): ComplianceSpace {
  n++;
  return { id: `space-${n}`, spaceCode: `XM-IDC-${String(n).padStart(6, '0')}`, serverId: 'srv', openedOn: '2026-03-01', reportedOn: '', changedOn: '', endedOn: '', ...over };
}

const NOTHING_DUE: ComplianceMonthlyReport = { reportedMonths: [], changesBeforeMonthEnd: 0 };

describe('第十二条: customer information within thirty days', () => {
  const today = '2026-03-15';
  it('overdue red, due within 7 days amber, later due green; the message names how many and the earliest deadline', () => {
    const spaces = [
      space({ openedOn: addDays(today, -31) }), // deadline yesterday: overdue 1 day
      space({ openedOn: addDays(today, -30) }), // deadline today
      space({ openedOn: addDays(today, -23) }), // 7 days left
      space({ openedOn: addDays(today, -22) }), // 8 days left: not listed
      space({ openedOn: '2026-01-01', reportedOn: '2026-01-10' }), // reported
    ];
    const r = row(evaluateCompliance(input({ unit: idc, servers: [server()], customerSpaces: spaces }), today), '第十二条');
    expect(r.status).toBe('error');
    expect(r.screen).toBe('customerSpaces');
    expect(r.message).toBe(`1 个客户空间逾期未报送，2 个将在 7 天内到期；最早的期限 ${addDays(today, -1)}（已逾期 1 天）。客户信息须在开通或变更后三十日内报送公安机关`);
    expect(r.details.map((d) => [d.status, d.text])).toEqual([
      ['error', `空间编号 ${spaces[0]!.spaceCode}：开通日期 ${spaces[0]!.openedOn}，报送期限 ${addDays(today, -1)}，已逾期 1 天（第十二条）`],
      ['warn', `空间编号 ${spaces[1]!.spaceCode}：开通日期 ${spaces[1]!.openedOn}，报送期限 ${today}，今天到期（第十二条）`],
      ['warn', `空间编号 ${spaces[2]!.spaceCode}：开通日期 ${spaces[2]!.openedOn}，报送期限 ${addDays(today, 7)}，7 天后到期（第十二条）`],
    ]);
  });

  it('due in 8 days: green, saying it is waiting; a change after 报送日期 is due 30 days after 信息变更日期', () => {
    const later = evaluateCompliance(input({ unit: idc, servers: [server()], customerSpaces: [space({ openedOn: addDays(today, -22) })] }), today);
    expect(row(later, '第十二条')).toMatchObject({ status: 'ok', message: '1 个客户空间待报送，期限均在 7 天以后' });
    const changed = space({ openedOn: '2025-12-01', reportedOn: '2025-12-10', changedOn: addDays(today, -35) });
    const r = row(evaluateCompliance(input({ unit: idc, servers: [server()], customerSpaces: [changed] }), today), '第十二条');
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toContain(`信息变更日期 ${changed.changedOn}，报送期限 ${addDays(today, -5)}，已逾期 5 天`);
  });

  it('the earliest deadline goes to the dates list once, however many spaces share it; no renter data reaches 概览', () => {
    const many = Array.from({ length: 300 }, () => space({ openedOn: addDays(today, -25) }));
    const s = evaluateCompliance(input({ unit: idc, servers: [server()], customerSpaces: many }), today);
    expect(s.deadlines.filter((d) => d.article === '第十二条')).toEqual([
      { date: addDays(today, 5), text: '300 个客户空间报送期限：5 天后到期（第十二条）', article: '第十二条', screen: 'customerSpaces' },
    ]);
    expect(row(s, '第十二条').detailsTotal).toBe(300);
    expect(row(s, '第十二条').details).toHaveLength(100);
  });

  it('第四条: a space without 所在服务器 is amber; without spaces green; not read: listed as not checked', () => {
    const s = evaluateCompliance(input({ unit: idc, servers: [server()], customerSpaces: [space({ serverId: '' })] }), today);
    expect(row(s, '第四条')).toMatchObject({ status: 'warn', message: '1 个客户空间未选择所在服务器' });
    expect(row(evaluateCompliance(input({ unit: idc, servers: [server()], customerSpaces: [] }), today), '第四条').status).toBe('ok');
    const unread = evaluateCompliance(input({ unit: idc, servers: [server()] }), today);
    expect(unread.notChecked.map((x) => x.article)).toEqual(['第四条', '第十二条', '第十三条（三）', '第十三条（四）', '第十三条（五）']);
  });

  it('the 完整性检查 lists overdue spaces as a reminder, not as blocking', () => {
    const s = evaluateCompliance(input({ unit: idc, servers: [server()], customerSpaces: [space({ openedOn: '2026-01-01' })] }), today);
    const c = completenessCheck(s, [], []);
    const item = c.warnings.find((w) => w.article === '第十二条');
    expect(item?.text).toBe('客户真实身份信息三十日内提交，变更三十日内更新：1 个客户空间逾期未报送；最早的期限 2026-01-31（已逾期 43 天）。客户信息须在开通或变更后三十日内报送公安机关');
    expect(item?.screen).toBe('customerSpaces');
    expect(c.blocking.some((b) => b.article === '第十二条')).toBe(false);
  });
});

describe('第十三条（三）: the monthly report before the 20th', () => {
  const due: ComplianceMonthlyReport = { reportedMonths: ['2026-09'], changesBeforeMonthEnd: 12 };
  const monthRow = (today: string, m: ComplianceMonthlyReport = due) => row(evaluateCompliance(input({ unit: idc, monthlyReport: m }), today), '第十三条（三）');

  it('green until the 14th, amber from the 15th to the 20th, red from the 21st; link to 变更记录', () => {
    expect(monthRow('2026-11-14')).toMatchObject({ status: 'ok', message: '2026年10月的月度变更报告应于本月20日前报送' });
    const amber = monthRow('2026-11-15');
    expect(amber).toMatchObject({ status: 'warn', screen: 'changes' });
    expect(amber.message).toContain('月度变更报告应于本月20日前报送');
    expect(monthRow('2026-11-20').status).toBe('warn');
    const red = monthRow('2026-11-21');
    expect(red.status).toBe('error');
    expect(red.message).toContain('已过本月20日的报送期限');
  });

  it('the 20th is among the dates from the 15th; nothing once reported, nothing when nothing changed', () => {
    const dates = (today: string, m: ComplianceMonthlyReport = due) => evaluateCompliance(input({ unit: idc, monthlyReport: m }), today).deadlines.filter((d) => d.article === '第十三条（三）');
    expect(dates('2026-11-14')).toEqual([]);
    expect(dates('2026-11-15').map((d) => d.date)).toEqual(['2026-11-20']);
    expect(monthRow('2026-11-25', { reportedMonths: ['2026-10'], changesBeforeMonthEnd: 12 })).toMatchObject({ status: 'ok', message: '2026年10月的月度变更报告已报送' });
    expect(monthRow('2026-11-25', NOTHING_DUE).status).toBe('ok');
    expect(dates('2026-11-16', NOTHING_DUE)).toEqual([]);
    // January's report of December, across the year.
    expect(monthRow('2027-01-16').message).toContain('2026年12月');
  });
});

describe('第十三条（五）: incidents reported to the police', () => {
  const incident = (over: Partial<ComplianceIncident>): ComplianceIncident => ({ id: 'i', kind: '事件', title: '端口扫描', occurredAt: '2026-03-02 10:00', reportedAt: '', ...over });
  const incRow = (list: ComplianceIncident[]) => row(evaluateCompliance(input({ unit: idc, incidents: list }), '2026-03-15'), '第十三条（五）');

  it('an unreported 事故 or 案件 is red, an unreported 事件 amber, reported ones green; link to 安全事件', () => {
    expect(incRow([incident({ kind: '案件', title: '网站被篡改' })])).toMatchObject({ status: 'error', screen: 'incidents' });
    expect(incRow([incident({ kind: '事故' })]).status).toBe('error');
    const amber = incRow([incident({})]);
    expect(amber.status).toBe('warn');
    expect(amber.details[0]!.text).toBe('2026-03-02 10:00 事件“端口扫描”：尚未报告公安机关');
    expect(incRow([incident({ kind: '案件', reportedAt: '2026-03-02 12:00' })])).toMatchObject({ status: 'ok', message: '已登记 1 起安全事件，均已报告公安机关' });
    expect(incRow([])).toMatchObject({ status: 'ok', message: '尚未登记安全事件' });
  });
});
