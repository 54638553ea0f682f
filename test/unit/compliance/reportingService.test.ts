// compliance.summary reads the spaces (codes and dates only), the reported months and the incidents from the
// workspace: the 第十二条, 第十三条（三） and 第十三条（五） rows follow what is saved.
process.env.TZ = 'America/Los_Angeles';
import { describe, expect, it } from 'vitest';
import type { ComplianceSummary } from '../../../shared/compliance/summary';
import { reportWorkspace, SERVER, spaceInput } from '../reports/support';

describe('reporting rows through compliance.summary', () => {
  const w = reportWorkspace();
  const summary = (today: string) => w.ok<ComplianceSummary>('compliance.summary', { today });
  const rowOf = (s: ComplianceSummary, article: string) => s.rows.find((r) => r.article === article);

  it('follows spaces, the monthly report and incidents as they are saved', async () => {
    w.setNow('2026-10-10 10:00');
    await w.saveUnit();
    const server = await w.ok<{ id: string }>('servers.save', SERVER);
    await w.writeSpaces([spaceInput(1, { serverId: server.id, openedOn: '2026-10-20' }), spaceInput(2, { serverId: server.id, openedOn: '2026-10-25' })], true);

    const s15 = await summary('2026-11-15');
    expect(s15.notChecked.map((n) => n.article)).toEqual(['第十三条（四）']);
    expect(rowOf(s15, '第十二条')).toMatchObject({ status: 'warn', message: expect.stringContaining('1 个将在 7 天内到期；最早的期限 2026-11-19（4 天后到期）') });
    expect(rowOf(s15, '第十三条（三）')).toMatchObject({ status: 'warn', screen: 'changes' });
    expect(rowOf(s15, '第十三条（三）')!.message).toContain('月度变更报告应于本月20日前报送');

    const s21 = await summary('2026-11-21');
    expect(rowOf(s21, '第十二条')).toMatchObject({ status: 'error', message: expect.stringContaining('1 个客户空间逾期未报送') });
    expect(rowOf(s21, '第十二条')!.details[0]!.text).toContain('空间编号 XM-IDC-000001');
    expect(JSON.stringify(s21)).not.toContain('张示例'); // renters' names never reach 概览
    expect(rowOf(s21, '第十三条（三）')!.status).toBe('error');

    w.setNow('2026-11-21 09:00');
    await w.ok('reports.markMonthlyReported', { month: '2026-10', via: 'cli' });
    expect(rowOf(await summary('2026-11-21'), '第十三条（三）')).toMatchObject({ status: 'ok', message: '2026年10月的月度变更报告已报送' });

    const c = await w.ok<{ blocking: { article: string }[]; warnings: { article: string; text: string }[] }>('filing.check', { month: '2026-11', reportMonth: '2026-10' });
    expect(c.blocking.map((b) => b.article)).not.toContain('第十二条');

    w.setNow('2026-11-22 09:00');
    expect(rowOf(await summary('2026-11-22'), '第十三条（五）')).toMatchObject({ status: 'ok', message: '尚未登记安全事件', screen: 'incidents' });
    await w.ok('incidents.save', { occurredAt: '2026-11-22 08:00', kind: '案件', title: '网页被篡改', description: '首页被植入链接' });
    expect(rowOf(await summary('2026-11-22'), '第十三条（五）')).toMatchObject({ status: 'error' });
  });
});
