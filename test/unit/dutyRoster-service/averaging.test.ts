// The roster's times are China Standard Time whatever the machine says: run these under another zone.
process.env.TZ = 'America/Los_Angeles';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { run } from '../../../electron/storage/rows';
import { templateShifts } from '../../../shared/dutyRoster';
import type { DutyRosterView } from '../../../shared/records/dutyRoster';
import type { StoredPerson } from '../../../shared/records/person';
import { tempWorkspace } from '../../support/tempWorkspace';

const IDS = ['35020319900101123X', '350203198506152340', '350203199203043459'];
const DEC = { from: '2026-12-01', to: '2026-12-31' };

describe('综合计算工时工作制 in the 值班设置: reminders by period; an old settings document reads as 标准工时制', () => {
  const ws = tempWorkspace();
  let api: ApiHost;
  const people: StoredPerson[] = [];
  async function call<T>(method: string, input: unknown): Promise<T> {
    const reply = await api.dispatch(method, input);
    if (!reply.ok) throw new Error(`${reply.error.message} [${reply.error.field ?? ''}]`);
    return reply.result as T;
  }
  const settings = (averagingPeriod?: string | null) => ({
    dutyPhone: '0592-5551234',
    shifts: templateShifts('3x8'),
    rotation: people.map((p) => p.id),
    rotationStart: '2026-11-23',
    ...(averagingPeriod === undefined ? {} : { averagingPeriod }),
  });

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T04:00:00Z'), shouldAdvanceTime: true });
    api = await openApiHost(ws.dir);
    for (const [i, id] of IDS.entries()) people.push(await call('people.save', { name: `值班${'甲乙丙'[i]}`, idType: '居民身份证', idNumber: id, roles: ['值班人员'] }));
  });
  afterAll(async () => {
    await api.close();
    ws.remove();
    vi.useRealTimers();
  });

  it('three people on 3 × 8 (56 h a week): weekly periods over 40 h, the week across the month end included; no 8-hour-day reminder', async () => {
    await call('dutyRoster.saveSettings', settings('week'));
    await call('dutyRoster.generate', { from: '2026-11-23', to: '2027-01-10' });
    const v = await call<DutyRosterView>('dutyRoster.get', DEC);
    expect(v.settings?.averagingPeriod).toBe('week');
    const mine = v.workTime.reminders.filter((r) => r.personId === people[0]!.id);
    expect(mine.some((r) => r.kind === 'daily' || r.kind === 'weekly')).toBe(false);
    expect(mine.filter((r) => r.kind === 'average').map((r) => r.text)).toEqual([
      '11-30至12-06 一周排班 56 小时，超过综合计算工时（按周）的法定标准 40 小时',
      '12-07至12-13 一周排班 56 小时，超过综合计算工时（按周）的法定标准 40 小时',
      '12-14至12-20 一周排班 56 小时，超过综合计算工时（按周）的法定标准 40 小时',
      '12-21至12-27 一周排班 56 小时，超过综合计算工时（按周）的法定标准 40 小时',
      '12-28至01-03 一周排班 56 小时，超过综合计算工时（按周）的法定标准 40 小时',
    ]);
    expect(mine.find((r) => r.kind === 'overtime')?.text).toBe('本月各周加班约 80 小时，超过每月 36 小时');
    expect(mine.filter((r) => r.kind === 'restDay')).toHaveLength(3); // the whole weeks inside December
  });

  it('按季 from December: the quarter has shifts from 11-23 only, 312 h, under 500 — only the rest-day rule speaks', async () => {
    await call('dutyRoster.saveSettings', settings('quarter'));
    const v = await call<DutyRosterView>('dutyRoster.get', DEC);
    expect(new Set(v.workTime.reminders.map((r) => r.kind))).toEqual(new Set(['restDay']));
  });

  it('a bad period is refused naming the field', async () => {
    const reply = await api.dispatch('dutyRoster.saveSettings', settings('fortnight'));
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toContain('综合计算工时工作制：综合计算周期只能是周、月、季或年');
  });

  it('a settings document written before the field existed opens as 标准工时制', async () => {
    await api.session.store.mutate((tx) => {
      const old = { dutyPhone: '0592-5551234', shifts: templateShifts('3x8'), rotation: people.map((p) => p.id), rotationStart: '2026-12-01', updatedAt: '2026-11-01 10:00' };
      run(tx.db, "UPDATE record SET data = ? WHERE kind = 'dutyRoster' AND id = 'main'", [JSON.stringify(old)]);
    });
    const v = await call<DutyRosterView>('dutyRoster.get', DEC);
    expect(v.settings?.averagingPeriod).toBeNull();
    expect(v.workTime.reminders.some((r) => r.kind === 'daily')).toBe(false); // 8 h shifts: never over 8 a day
    expect(v.workTime.reminders.some((r) => r.kind === 'weekly')).toBe(true);
  });
});
