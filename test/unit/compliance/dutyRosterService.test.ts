// The roster's times are China Standard Time whatever the machine says: run these under another zone.
process.env.TZ = 'America/Los_Angeles';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import type { ComplianceSummary } from '../../../shared/compliance/summary';
import { templateShifts } from '../../../shared/dutyRoster';
import type { StoredPerson } from '../../../shared/records/person';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const ID_A = '35020319900101123X';
const ID_B = '350203198506152340';
const ID_C = '350203199203043459';

describe('第十三条（二） in compliance.summary, from the stored 值班表', () => {
  const ws = tempWorkspace();
  let api: ApiHost;

  async function call<T>(method: string, input: unknown): Promise<T> {
    const reply = await api.dispatch(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  }
  const summary = (today: string) => call<ComplianceSummary>('compliance.summary', { today });
  const rosterRow = async (today: string) => (await summary(today)).rows.find((r) => r.article === '第十三条（二）');

  // On the day asked about, the roster is checked from the current minute on: the clock is set before every
  // day this test asks about, so the messages do not depend on the day the test runs.
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T04:00:00Z'), shouldAdvanceTime: true });
    api = await openApiHost(ws.dir);
  });
  afterAll(async () => {
    await api.close();
    ws.remove();
    vi.useRealTimers();
  });

  it('no roster, not generated, covered, a gap, the gap past, and the end of the roster among the deadlines', async () => {
    await call('unit.save', { ...SAMPLE_UNIT, roles: ['IDC机房服务单位'] });
    const [a, b, c] = await Promise.all(
      [
        ['陈值班', ID_A],
        ['林值班', ID_B],
        ['黄值班', ID_C],
      ].map(([name, idNumber]) => call<StoredPerson>('people.save', { name, idType: '居民身份证', idNumber, roles: ['值班人员'] })),
    );

    let s = await summary('2026-12-10');
    expect(s.rows.find((r) => r.article === '第十三条（二）')).toMatchObject({
      status: 'error',
      message: '尚未建立二十四小时值班表（第十三条（二））',
      screen: 'dutyRoster',
    });
    expect(s.notChecked.map((n) => n.article)).toEqual(['第十三条（四）']);

    await call('dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts: templateShifts('3x8'), rotation: [a!.id, b!.id, c!.id], rotationStart: '2026-12-01' });
    expect((await rosterRow('2026-12-10'))?.message).toBe(
      '本月尚未生成排班；未覆盖时段 1 个：2026-12-10 00:00–2027-01-01 00:00 无人值班；已过去的未覆盖时段 1 个（请在值班记录中登记实际值班人员）：2026-12-01 00:00–2026-12-10 00:00 无人值班',
    );

    await call('dutyRoster.generate', { from: '2026-12-01', to: '2026-12-31' });
    // Covered; the 27 shifts of 12-01 to 12-09 have ended with no 值班记录: a reminder (amber), never red.
    expect(await rosterRow('2026-12-10')).toMatchObject({ status: 'warn', message: '本月值班全时段覆盖，但有27 个已结束的班次未填写值班记录（最早 2026-12-01 夜班）' });
    expect(await rosterRow('2026-12-01')).toMatchObject({ status: 'ok', message: '本月值班全时段覆盖（24×7）' });
    // Generated through 12-31: listed from 12-24 on.
    // (Only the roster's own dates: the 月度变更报告's 20th depends on when this test's records were saved.)
    const rosterDeadlines = async (day: string) => (await summary(day)).deadlines.filter((d) => d.article === '第十三条（二）');
    expect(await rosterDeadlines('2026-12-23')).toEqual([]);
    expect(await rosterDeadlines('2026-12-24')).toEqual([
      { date: '2026-12-31', text: '值班表排到 2026-12-31，请生成下月排班（第十三条（二））', article: '第十三条（二）', screen: 'dutyRoster' },
    ]);

    // 陈值班 on leave on the 15th with nobody covering: the row lists the gap as the roster's own check does.
    await call('dutyRoster.addOverride', { kind: 'leave', date: '2026-12-15', personId: a!.id, coveredBy: '' });
    const check = await call<{ lines: string[] }>('dutyRoster.check', { from: '2026-12-10', to: '2026-12-31' });
    expect(check.lines).toEqual(['2026-12-15 08:00–16:00 无人值班']);
    const red = await rosterRow('2026-12-10');
    expect(red).toMatchObject({ status: 'error', message: `未覆盖时段 1 个：${check.lines[0]}` });
    expect(red?.details.map((d) => d.text)).toEqual([...check.lines, '27 个已结束的班次未填写值班记录（最早 2026-12-01 夜班）']);
    // Once that day is past it is no longer red, but still a finding until a 值班记录 says who covered it.
    const past = await rosterRow('2026-12-16');
    expect(past?.status).toBe('warn');
    expect(past?.details[0]?.text).toBe('2026-12-15 08:00–16:00 无人值班（已过去，未登记实际值班人员）');
    // January is not generated: on its first day the whole month is open.
    expect((await rosterRow('2027-01-01'))?.message).toBe('本月尚未生成排班；未覆盖时段 1 个：2027-01-01 00:00–2027-02-01 00:00 无人值班');
    // Names only: no ID number reaches the summary.
    expect(JSON.stringify(await summary('2026-12-10'))).not.toMatch(/35020319/);
  });
});
