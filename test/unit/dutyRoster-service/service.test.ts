// The roster's times are China Standard Time whatever the machine says: run these under another zone.
process.env.TZ = 'America/Los_Angeles';

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { formatGap, templateShifts } from '../../../shared/dutyRoster';
import type { DutyNow, DutyRosterView, StoredDutyRosterSettings, StoredOverride } from '../../../shared/records/dutyRoster';
import type { StoredPerson } from '../../../shared/records/person';
import { tempWorkspace } from '../../support/tempWorkspace';

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const ID_A = '35020319900101123X';
const ID_B = '350203198506152340';
const ID_C = '350203199203043459';
const ID_D = '350203198512310026';

const DEC = { from: '2026-12-01', to: '2026-12-31' };

describe('值班表 through the API (第十三条（二）)', () => {
  const ws = tempWorkspace();
  let api: ApiHost;
  let a: StoredPerson;
  let b: StoredPerson;
  let c: StoredPerson;

  async function ok<T>(method: string, input: unknown): Promise<T> {
    const reply = await api.dispatch(method, input);
    if (!reply.ok) throw new Error(`${method} refused: ${reply.error.message} (${reply.error.field ?? ''})`);
    return reply.result as T;
  }
  async function refused(method: string, input: unknown) {
    const reply = await api.dispatch(method, input);
    if (reply.ok) throw new Error(`${method} was accepted`);
    return reply.error;
  }
  const settings = (over: Record<string, unknown> = {}) => ({
    dutyPhone: '0592-5551234',
    shifts: templateShifts('3x8'),
    rotation: [a.id, b.id, c.id],
    rotationStart: '2026-12-01',
    ...over,
  });
  const view = (range = DEC) => ok<DutyRosterView>('dutyRoster.get', range);
  const slot = (v: DutyRosterView, date: string, shiftName: string) => {
    const s = v.slots.find((x) => x.date === date && x.shiftName === shiftName);
    if (!s) throw new Error(`no slot ${date} ${shiftName}`);
    return s;
  };
  const gaps = (v: DutyRosterView) => v.coverage.gaps.map(formatGap);
  /** Undoes everything, so each test starts from an empty roster. */
  async function undoAll() {
    for (;;) {
      const r = await api.dispatch('dutyRoster.undo', {});
      if (!r.ok) return;
    }
  }

  beforeAll(async () => {
    // Before December: every shift of the month is still ahead (the month's past is tested in dutyLog.test.ts).
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T04:00:00Z'), shouldAdvanceTime: true });
    api = await openApiHost(ws.dir);
    a = await ok('people.save', { name: '陈值班', idType: '居民身份证', idNumber: ID_A, roles: ['值班人员'] });
    b = await ok('people.save', { name: '林值班', idType: '居民身份证', idNumber: ID_B, roles: ['值班人员'] });
    c = await ok('people.save', { name: '黄值班', idType: '居民身份证', idNumber: ID_C, roles: ['值班人员', '安全员'] });
  });
  afterAll(async () => {
    await api.close();
    ws.remove();
    vi.useRealTimers();
  });
  beforeEach(undoAll);

  it('is empty before anything is saved, and refuses to generate without settings', async () => {
    const v = await view();
    expect(v.settings).toBeNull();
    expect(v.slots).toEqual([]);
    expect(v.undo).toBeNull();
    expect(v.coverage.covered).toBe(false);
    expect(gaps(v)).toEqual(['2026-12-01 00:00–2027-01-01 00:00 无人值班']);
    expect(await refused('dutyRoster.generate', DEC)).toMatchObject({ code: 'VALIDATION', field: 'rotation' });
    expect(await ok<DutyNow>('dutyRoster.now', { at: '2026-12-05 10:00' })).toEqual({
      configured: false,
      dutyPhone: '',
      at: '2026-12-05 10:00',
      onDuty: [],
      nextHandover: null,
    });
    expect(await refused('dutyRoster.undo', {})).toMatchObject({ code: 'NOT_FOUND', message: '没有可以撤销的修改' });
  });

  it('refuses bad settings with a Chinese message naming the field, on that field', async () => {
    expect(await refused('dutyRoster.saveSettings', settings({ dutyPhone: '' }))).toEqual({
      code: 'VALIDATION',
      message: '请填写值班电话',
      field: 'dutyPhone',
    });
    const phone = await refused('dutyRoster.saveSettings', settings({ dutyPhone: '5551234' }));
    expect(phone).toMatchObject({ field: 'dutyPhone' });
    expect(phone.message).toMatch(/^值班电话：固定电话应带区号/);

    const shifts = templateShifts('3x8');
    shifts[2] = { ...shifts[2]!, end: '25:00' };
    const end = await refused('dutyRoster.saveSettings', settings({ shifts }));
    expect(end.field).toBe('shifts.2.end');
    expect(end.message).toMatch(/^班次：夜班的结束时间无效/);

    const unnamed = templateShifts('2x12');
    unnamed[1] = { ...unnamed[1]!, name: '  ' };
    expect(await refused('dutyRoster.saveSettings', settings({ shifts: unnamed }))).toMatchObject({
      field: 'shifts.1.name',
      message: '第2个班次的班次名称未填写',
    });
    const twins = templateShifts('2x12');
    twins[1] = { ...twins[1]!, name: '白班' };
    expect((await refused('dutyRoster.saveSettings', settings({ shifts: twins }))).message).toContain('班次名称「白班」重复');
    expect(await refused('dutyRoster.saveSettings', settings({ shifts: [] }))).toMatchObject({ field: 'shifts', message: '请至少设置一个班次' });

    expect(await refused('dutyRoster.saveSettings', settings({ rotation: [] }))).toEqual({
      code: 'VALIDATION',
      message: '轮换：请至少选择一位值班人员',
      field: 'rotation',
    });
    expect(await refused('dutyRoster.saveSettings', settings({ rotation: [a.id, a.id] }))).toMatchObject({ field: 'rotation.1' });
    const ghost = await refused('dutyRoster.saveSettings', settings({ rotation: [a.id, 'ghost'] }));
    expect(ghost).toMatchObject({ field: 'rotation.1' });
    expect(ghost.message).toBe('轮换：第2位值班人员不存在（可能已从人员中删除），请重新选择');
    expect(await refused('dutyRoster.saveSettings', settings({ rotationStart: '2026-02-30' }))).toMatchObject({
      field: 'rotationStart',
      message: '轮换开始日期不是有效日期，格式如 2026-11-24',
    });
    expect(await refused('dutyRoster.generate', { from: '2026-12-31', to: '2026-12-01' })).toMatchObject({
      field: 'to',
      message: '结束日期不能早于开始日期',
    });
    // Nothing refused was stored.
    expect((await view()).settings).toBeNull();
  });

  it('saves settings (times and the phone normalized), generates a month, and covers it 24×7', async () => {
    const shifts = templateShifts('3x8').map((s) => (s.id === 'middle' ? { ...s, end: '24:00' } : s.id === 'early' ? { ...s, start: '8:00' } : s));
    const saved = await ok<StoredDutyRosterSettings>('dutyRoster.saveSettings', settings({ shifts, dutyPhone: '0592 555 1234' }));
    expect(saved).toMatchObject({ dutyPhone: '0592-5551234', shifts: templateShifts('3x8'), rotation: [a.id, b.id, c.id] });

    expect(await ok('dutyRoster.generate', DEC)).toEqual({ from: '2026-12-01', to: '2026-12-31', slots: 93, overridesKept: 0 });
    const v = await view();
    expect(v.slots).toHaveLength(93);
    expect(v.coverage).toEqual({ covered: true, gaps: [], overlaps: [], longStretches: [], shortRests: [] });
    expect(slot(v, '2026-12-01', '早班')).toMatchObject({ personId: a.id, start: '2026-12-01 08:00', end: '2026-12-01 16:00', overrideIds: [] });
    expect(slot(v, '2026-12-01', '中班')).toMatchObject({ personId: b.id, start: '2026-12-01 16:00', end: '2026-12-02 00:00' });
    expect(slot(v, '2026-12-01', '夜班')).toMatchObject({ personId: c.id, start: '2026-12-01 00:00', end: '2026-12-01 08:00' });
    // Day by day in time order: the night shift (00:00) comes first.
    expect(v.slots.slice(0, 3).map((s) => s.shiftName)).toEqual(['夜班', '早班', '中班']);
    expect(v.undo).toEqual({ label: '生成 2026-12-01 至 2026-12-31 的排班', at: expect.any(String) });

    const check = await ok<{ lines: string[] }>('dutyRoster.check', DEC);
    expect(check.lines).toEqual(['全时段已覆盖（24×7）']);
    // January is not generated: the check says exactly what is missing.
    const jan = await ok<{ lines: string[] }>('dutyRoster.check', { from: '2026-12-31', to: '2027-01-02' });
    expect(jan.lines).toEqual(['2027-01-01 00:00–2027-01-03 00:00 无人值班']);
  });

  it('keeps 调班 when the month is generated again, and reports the ones whose shift is gone', async () => {
    await ok('dutyRoster.saveSettings', settings());
    await ok('dutyRoster.generate', DEC);
    const swap = await ok<StoredOverride>('dutyRoster.addOverride', {
      kind: 'swap',
      a: { date: '2026-12-05', shiftId: 'early' },
      b: { date: '2026-12-06', shiftId: 'middle' },
    });
    const replace = await ok<StoredOverride>('dutyRoster.addOverride', { kind: 'replace', date: '2026-12-10', shiftId: 'night', personId: a.id, note: '临时顶班' });
    const leave = await ok<StoredOverride>('dutyRoster.addOverride', { kind: 'leave', date: '2026-12-20', personId: b.id, coveredBy: c.id });

    const check = (v: DutyRosterView) => {
      expect(slot(v, '2026-12-05', '早班')).toMatchObject({ personId: b.id, generatedPersonId: a.id, overrideIds: [swap.id] });
      expect(slot(v, '2026-12-06', '中班')).toMatchObject({ personId: a.id, generatedPersonId: b.id, overrideIds: [swap.id] });
      expect(slot(v, '2026-12-10', '夜班')).toMatchObject({ personId: a.id, generatedPersonId: c.id, overrideIds: [replace.id] });
      expect(slot(v, '2026-12-20', '中班')).toMatchObject({ personId: c.id, overrideIds: [leave.id] });
      expect(v.overrides.map((o) => o.id)).toEqual([swap.id, replace.id, leave.id]);
      expect(v.unapplied).toEqual([]);
    };
    check(await view());
    expect(await ok('dutyRoster.generate', DEC)).toMatchObject({ slots: 93, overridesKept: 3 });
    check(await view());

    // Without 夜班 the month has a gap every night, and the 替班 of a 夜班 no longer applies.
    await ok('dutyRoster.saveSettings', settings({ shifts: templateShifts('3x8').filter((s) => s.id !== 'night') }));
    await ok('dutyRoster.generate', { from: '2026-12-10', to: '2026-12-11' });
    const v = await view({ from: '2026-12-09', to: '2026-12-12' });
    expect(gaps(v)).toEqual(['2026-12-10 00:00–08:00 无人值班', '2026-12-11 00:00–08:00 无人值班']);
    expect(v.unapplied).toEqual([{ overrideId: replace.id, reason: '替班的班次不在值班表中：2026-12-10 夜班' }]);
    // 撤销 the generation and the settings: the nights are back, the 替班 applies again.
    await ok('dutyRoster.undo', {});
    await ok('dutyRoster.undo', {});
    check(await view());
  });

  it('refuses 调班 that name no slot, the same person, or someone not in 人员', async () => {
    await ok('dutyRoster.saveSettings', settings());
    await ok('dutyRoster.generate', DEC);
    expect(await refused('dutyRoster.addOverride', { kind: 'swap', a: { date: '2026-12-05', shiftId: 'early' }, b: { date: '2027-01-05', shiftId: 'early' } })).toEqual({
      code: 'VALIDATION',
      message: '第二个班次：2027-01-05 没有这个班次的排班，请先生成排班',
      field: 'b',
    });
    expect(await refused('dutyRoster.addOverride', { kind: 'swap', a: { date: '2026-12-05', shiftId: 'early' }, b: { date: '2026-12-06', shiftId: 'early' } })).toMatchObject({
      field: 'b',
      message: '第二个班次：两个班次是同一位值班人员，无需调班',
    });
    expect(await refused('dutyRoster.addOverride', { kind: 'replace', date: '2026-12-05', shiftId: 'early', personId: 'ghost' })).toMatchObject({ field: 'personId' });
    expect(await refused('dutyRoster.addOverride', { kind: 'replace', date: '2026-12-05', shiftId: 'early', personId: '' })).toMatchObject({
      field: 'personId',
      message: '请选择值班人员',
    });
    expect(await refused('dutyRoster.addOverride', { kind: 'leave', date: '2026-12-05', personId: a.id, coveredBy: a.id })).toMatchObject({ field: 'coveredBy' });
    expect(await refused('dutyRoster.addOverride', { kind: 'leave', date: '2026-11-05', personId: a.id, coveredBy: b.id })).toMatchObject({
      field: 'personId',
      message: '请假人员：所选人员在 2026-11-05 没有班次，无需请假',
    });
    expect(await refused('dutyRoster.removeOverride', { id: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a leave nobody covers opens a gap; a swap moves it; 撤销 goes back step by step, also after reopening', async () => {
    await ok('dutyRoster.saveSettings', settings());
    await ok('dutyRoster.generate', DEC);
    await ok('dutyRoster.addOverride', { kind: 'leave', date: '2026-12-05', personId: a.id, coveredBy: '' });
    let v = await view();
    expect(slot(v, '2026-12-05', '早班').personId).toBe('');
    expect(gaps(v)).toEqual(['2026-12-05 08:00–16:00 无人值班']);
    expect(v.undo?.label).toBe('请假：2026-12-05');

    // A swaps his 12-06 早班 for the empty 12-05 早班: he is there on the 5th, nobody on the 6th.
    await ok('dutyRoster.addOverride', { kind: 'swap', a: { date: '2026-12-05', shiftId: 'early' }, b: { date: '2026-12-06', shiftId: 'early' } });
    v = await view();
    expect(slot(v, '2026-12-05', '早班').personId).toBe(a.id);
    expect(gaps(v)).toEqual(['2026-12-06 08:00–16:00 无人值班']);
    expect((await ok<{ lines: string[] }>('dutyRoster.check', DEC)).lines).toEqual(['2026-12-06 08:00–16:00 无人值班']);

    // 撤销 is kept in the database: it works from a new session.
    await api.close();
    api = await openApiHost(ws.dir);
    expect(await ok('dutyRoster.undo', {})).toEqual({ undone: '调班：2026-12-05 早班 ↔ 2026-12-06 早班', remaining: 3 });
    expect(gaps(await view())).toEqual(['2026-12-05 08:00–16:00 无人值班']);
    expect(await ok('dutyRoster.undo', {})).toMatchObject({ undone: '请假：2026-12-05' });
    v = await view();
    expect(v.coverage.covered).toBe(true);
    expect(v.overrides).toEqual([]);

    // Removing a 调班 is a change too, and 撤销 brings it back.
    const o = await ok<StoredOverride>('dutyRoster.addOverride', { kind: 'replace', date: '2026-12-07', shiftId: 'early', personId: b.id });
    await ok('dutyRoster.removeOverride', { id: o.id });
    expect((await view()).overrides).toEqual([]);
    expect(await ok('dutyRoster.undo', {})).toMatchObject({ undone: '删除替班（2026-12-07 早班）' });
    expect((await view()).overrides.map((x) => x.id)).toEqual([o.id]);
  });

  it('reports 重复排班 and the 16-hour and 8-hour warnings when shifts overlap at handover', async () => {
    // 30 minutes of handover at each change of shift.
    const shifts = [
      { id: 'e', name: '早班', start: '07:30', end: '16:00' },
      { id: 'm', name: '中班', start: '15:30', end: '24:00' },
      { id: 'n', name: '夜班', start: '23:30', end: '08:00' },
    ];
    await ok('dutyRoster.saveSettings', settings({ shifts }));
    await ok('dutyRoster.generate', DEC);
    // The first night starts 12-01 23:30: from 12-02 on, every minute is covered.
    const rest = { from: '2026-12-02', to: '2026-12-31' };
    let v = await view(rest);
    expect(v.coverage.covered).toBe(true);
    expect(v.coverage.overlaps).toEqual([]);
    expect(gaps(await view())).toEqual(['2026-12-01 00:00–07:30 无人值班']);
    // B (中班) also takes A's 早班 on the 5th: 07:30–24:00, overlapping himself for half an hour.
    await ok('dutyRoster.addOverride', { kind: 'leave', date: '2026-12-05', personId: a.id, coveredBy: b.id });
    const check = await ok<{ lines: string[] }>('dutyRoster.check', rest);
    expect(check.lines).toEqual([
      '全时段已覆盖（24×7）',
      '林值班 2026-12-05 07:30–16:00 与 2026-12-05 15:30–24:00 重复排班（重叠 30 分钟）',
      '林值班 连续值班 16 小时 30 分钟（2026-12-05 07:30–24:00），超过 16 小时',
      '林值班 两班之间仅休息 7 小时 30 分钟（2026-12-05 00:00–07:30），不足 8 小时',
    ]);
    v = await view(rest);
    expect(v.coverage.overlaps).toEqual([
      {
        personId: b.id,
        first: { start: '2026-12-05 07:30', end: '2026-12-05 16:00' },
        second: { start: '2026-12-05 15:30', end: '2026-12-06 00:00' },
        minutes: 30,
      },
    ]);
  });

  it('says who is on duty at a moment and the next handover, in China Standard Time', async () => {
    await ok('dutyRoster.saveSettings', settings());
    await ok('dutyRoster.generate', DEC);
    expect(await ok<DutyNow>('dutyRoster.now', { at: '2026-12-05 10:00' })).toEqual({
      configured: true,
      dutyPhone: '0592-5551234',
      at: '2026-12-05 10:00',
      onDuty: [{ personId: a.id, name: '陈值班', shiftName: '早班', since: '2026-12-05 08:00', until: '2026-12-05 16:00' }],
      nextHandover: { at: '2026-12-05 16:00', from: ['陈值班'], to: ['林值班'] },
    });
    const midnight = await ok<DutyNow>('dutyRoster.now', { at: '2026-12-05 23:59' });
    expect(midnight.onDuty).toMatchObject([{ name: '林值班', shiftName: '中班', until: '2026-12-06 00:00' }]);
    expect(midnight.nextHandover).toEqual({ at: '2026-12-06 00:00', from: ['林值班'], to: ['黄值班'] });
    // A 替班 by the person already on the next shift: one stretch, and the handover after it.
    await ok('dutyRoster.addOverride', { kind: 'replace', date: '2026-12-05', shiftId: 'early', personId: b.id });
    const merged = await ok<DutyNow>('dutyRoster.now', { at: '2026-12-05 10:00' });
    expect(merged.onDuty).toMatchObject([{ name: '林值班', since: '2026-12-05 08:00', until: '2026-12-06 00:00' }]);
    expect(merged.nextHandover).toEqual({ at: '2026-12-06 00:00', from: ['林值班'], to: ['黄值班'] });
    // Without `at`: now, whatever the machine's zone (this process runs in America/Los_Angeles).
    const cst = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    const before = cst();
    const now = await ok<DutyNow>('dutyRoster.now', {});
    expect([before, cst()]).toContain(now.at);
    expect(await refused('dutyRoster.now', { at: '2026-12-05 25:00' })).toMatchObject({ field: 'at' });
  });

  it('reports a person removed from 人员 who is still in the rotation, and their shifts as uncovered', async () => {
    const d = await ok<StoredPerson>('people.save', { name: '郑临时', idType: '居民身份证', idNumber: ID_D, roles: ['值班人员'] });
    await ok('dutyRoster.saveSettings', settings({ rotation: [a.id, b.id, c.id, d.id], rotationStart: '2026-12-01' }));
    await ok('dutyRoster.generate', { from: '2026-12-01', to: '2026-12-02' });
    // 4 people over 3 shifts, in the order of the shifts: 12-01 早 A 中 B 夜 C; 12-02 早 D 中 A 夜 B.
    // 人员 refuses to remove someone still in the 轮换; taken out of it first, then put back by 撤销.
    expect((await refused('people.remove', { id: d.id })).message).toBe('不能删除：该人员仍在值班表的轮换中；请先在值班表中调整');
    await ok('dutyRoster.saveSettings', settings({ rotation: [a.id, b.id, c.id], rotationStart: '2026-12-01' }));
    await ok('people.remove', { id: d.id });
    await ok('dutyRoster.undo', {});
    const v = await view({ from: '2026-12-01', to: '2026-12-02' });
    expect(v.problems).toEqual([
      '轮换：第4位值班人员已从人员中删除，请在轮换中重新选择并保存',
      '值班人员：1个班次的值班人员已从人员中删除（最早为 2026-12-02 早班），请替班或重新生成排班',
    ]);
    expect(gaps(v)).toEqual(['2026-12-02 08:00–16:00 无人值班']);
    const err = await refused('dutyRoster.generate', DEC);
    expect(err).toMatchObject({ field: 'rotation.3' });
    expect(err.message).toContain('轮换：第4位值班人员不存在');
  });

  it('writes every change to the audit trail', async () => {
    await ok('dutyRoster.saveSettings', settings());
    await ok('dutyRoster.generate', { from: '2026-12-01', to: '2026-12-01' });
    const entries = await ok<{ entity: string; field: string }[]>('audit.list', {});
    expect(entries.filter((e) => e.entity === 'dutyRoster').map((e) => e.field).sort()).toEqual(
      expect.arrayContaining(['dutyPhone', 'rotation', 'rotationStart', 'shifts']),
    );
    expect(entries.some((e) => e.entity === 'dutyRosterMonth' && e.field === 'slots')).toBe(true);
  });
});
