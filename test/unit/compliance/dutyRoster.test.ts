import { describe, expect, it } from 'vitest';
import { dutyRosterDeadlines, dutyRosterRow, NO_DUTY_ROSTER, rosterPeriod } from '../../../shared/compliance/dutyRoster';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import { complianceSummarySchema } from '../../../shared/compliance/summary';
import { formatGap, templateShifts, type ShiftDef } from '../../../shared/dutyRoster';
import { input, person, roster, row, unit } from './records';

// 第十三条（二） on fixed days of December 2026 (China Standard Time). Three people on 3×8: with three people
// and three shifts a day, 陈值班 always has 早班 (08:00–16:00), 林值班 中班 (16:00–24:00), 黄值班 夜班 (00:00–08:00).
const DAY = '2026-12-10';
const a = person('陈值班', ['值班人员']);
const b = person('林值班', ['值班人员']);
const c = person('黄值班', ['值班人员', '安全员']);
const people = [a, b, c];
const ids = people.map((p) => p.id);

describe('第十三条（二） 专人二十四小时值班', () => {
  it('no roster at all: red, “尚未建立二十四小时值班表”, leading to 值班表', () => {
    const r = dutyRosterRow(null, people, DAY);
    expect(NO_DUTY_ROSTER).toBe('尚未建立二十四小时值班表（第十三条（二））');
    expect(r).toMatchObject({ article: '第十三条（二）', status: 'error', message: NO_DUTY_ROSTER, screen: 'dutyRoster', detailsTotal: 1 });
    expect(r.details.map((d) => d.text)).toEqual(['尚未保存值班电话、班次和轮换']);
    expect(dutyRosterDeadlines(null, DAY)).toEqual([]);
  });

  it('settings without 值班电话 or 轮换: red, naming what is missing', () => {
    const r = dutyRosterRow({ settings: { dutyPhone: ' ', shifts: templateShifts('3x8'), rotation: [] }, slots: [], generatedThrough: '' }, people, DAY);
    expect(r.message).toBe(NO_DUTY_ROSTER);
    expect(r.details.map((d) => d.text)).toEqual(['未设置值班电话', '未设置轮换（值班人员）']);
  });

  it('every minute from today to the end of the month held: green', () => {
    const r = dutyRosterRow(roster(DAY, ids), people, DAY);
    expect(r).toMatchObject({ status: 'ok', message: '本月值班全时段覆盖（24×7）', details: [], detailsTotal: 0 });
  });

  it('a 请假 nobody covers is a 未覆盖时段: red, listed exactly as formatGap prints it, with the count', () => {
    const r = dutyRosterRow(roster(DAY, ids, { overrides: [{ id: 'o1', kind: 'leave', date: '2026-12-15', personId: a.id, coveredBy: '' }] }), people, DAY);
    const gap = formatGap({ start: '2026-12-15 08:00', end: '2026-12-15 16:00' });
    expect(gap).toBe('2026-12-15 08:00–16:00 无人值班');
    expect(r).toMatchObject({ status: 'error', message: `未覆盖时段 1 个：${gap}`, detailsTotal: 1 });
    expect(r.details).toEqual([{ text: gap, status: 'error' }]);
  });

  it('many gaps: the first three in the message, all of them counted and listed', () => {
    const leaves = ['2026-12-12', '2026-12-14', '2026-12-20', '2026-12-31'].map((date, i) => ({ id: `o${i}`, kind: 'leave' as const, date, personId: b.id, coveredBy: '' }));
    const r = dutyRosterRow(roster(DAY, ids, { overrides: leaves }), people, DAY);
    expect(r.message).toBe(
      '未覆盖时段 4 个：2026-12-12 16:00–24:00 无人值班；2026-12-14 16:00–24:00 无人值班；2026-12-20 16:00–24:00 无人值班 等',
    );
    expect(r.details.map((d) => d.text)).toEqual(['2026-12-12', '2026-12-14', '2026-12-20', '2026-12-31'].map((d) => `${d} 16:00–24:00 无人值班`));
  });

  it('a gap under way: the rest of it red, what already happened amber until a 值班记录 covers it', () => {
    const leave = roster(DAY, ids, { overrides: [{ id: 'o1', kind: 'leave', date: DAY, personId: a.id, coveredBy: '' }] });
    const during = dutyRosterRow({ ...leave, at: '2026-12-10 10:30' }, people, DAY);
    expect(during.status).toBe('error');
    expect(during.message).toBe(
      '未覆盖时段 1 个：2026-12-10 10:30–16:00 无人值班；已过去的未覆盖时段 1 个（请在值班记录中登记实际值班人员）：2026-12-10 08:00–10:30 无人值班',
    );
    expect(during.details).toEqual([
      { status: 'error', text: '2026-12-10 10:30–16:00 无人值班' },
      { status: 'warn', text: '2026-12-10 08:00–10:30 无人值班（已过去，未登记实际值班人员）' },
    ]);
    // Over: no longer red, still a finding (the month is judged whole, past days included).
    const after = dutyRosterRow({ ...leave, at: '2026-12-10 16:00' }, people, DAY);
    expect(after).toMatchObject({ status: 'warn', detailsTotal: 1 });
    expect(after.details[0]?.text).toBe('2026-12-10 08:00–16:00 无人值班（已过去，未登记实际值班人员）');
    // A 值班记录 of who actually was there covers it; the roster itself is unchanged.
    const logged = { ...leave, at: '2026-12-10 16:00', log: [{ personId: b.id, start: '2026-12-10 08:00', end: '2026-12-10 16:00' }] };
    expect(dutyRosterRow(logged, people, DAY)).toMatchObject({ status: 'warn' });
    expect(dutyRosterRow(logged, people, DAY).details.map((d) => d.text)).not.toContain('2026-12-10 08:00–16:00 无人值班（已过去，未登记实际值班人员）');
    // `at` on another day than `today` (asking about a day ahead): from that day's 00:00.
    expect(dutyRosterRow({ ...leave, at: '2026-12-09 23:00' }, people, DAY).message).toBe('未覆盖时段 1 个：2026-12-10 08:00–16:00 无人值班');
  });

  it('the month not generated, or generated only part way: red, saying so', () => {
    const none = dutyRosterRow({ ...roster(DAY, ids), slots: [], generatedThrough: '' }, people, DAY);
    const pastPart = '；已过去的未覆盖时段 1 个（请在值班记录中登记实际值班人员）：2026-12-01 00:00–2026-12-10 00:00 无人值班';
    expect(none.message).toBe(`本月尚未生成排班；未覆盖时段 1 个：2026-12-10 00:00–2027-01-01 00:00 无人值班${pastPart}`);
    const lastMonth = dutyRosterRow({ ...roster(DAY, ids), slots: [], generatedThrough: '2026-11-30' }, people, DAY);
    expect(lastMonth.message).toBe(`本月尚未生成排班；未覆盖时段 1 个：2026-12-10 00:00–2027-01-01 00:00 无人值班${pastPart}`);
    const early = dutyRosterRow({ ...roster(DAY, ids), slots: [], generatedThrough: '2026-12-05' }, people, DAY);
    expect(early.message).toBe(`本月排班只生成到 2026-12-05；未覆盖时段 1 个：2026-12-10 00:00–2027-01-01 00:00 无人值班${pastPart}`);
    const partly = dutyRosterRow(roster(DAY, ids, { to: '2026-12-20' }), people, DAY);
    expect(partly.message).toBe('本月排班只生成到 2026-12-20；未覆盖时段 1 个：2026-12-21 00:00–2027-01-01 00:00 无人值班');
  });

  it('a person no longer in 人员 covers nothing', () => {
    const r = dutyRosterRow(roster(DAY, [a.id, b.id, 'removed-person']), people, DAY);
    expect(r.status).toBe('error');
    // 22 nights still ahead (red) and the 9 already past (amber): the whole month is judged.
    expect(r.detailsTotal).toBe(31);
    expect(r.details.filter((d) => d.status === 'error')).toHaveLength(22);
    expect(r.message).toBe(
      '未覆盖时段 22 个：2026-12-10 00:00–08:00 无人值班；2026-12-11 00:00–08:00 无人值班；2026-12-12 00:00–08:00 无人值班 等；' +
        '已过去的未覆盖时段 9 个（请在值班记录中登记实际值班人员）：2026-12-01 00:00–08:00 无人值班；2026-12-02 00:00–08:00 无人值班；2026-12-03 00:00–08:00 无人值班 等',
    );
  });

  it('the night shift of the day before runs into today', () => {
    const twoShifts = templateShifts('2x12');
    const first = '2026-12-01';
    expect(rosterPeriod(first)).toEqual({ from: '2026-11-30', to: '2026-12-31' });
    const full = roster(first, [a.id, b.id], { shifts: twoShifts, at: '2026-12-01 03:00' });
    expect(dutyRosterRow(full, people, first).status).toBe('ok');
    const withoutNight = roster(first, [a.id, b.id], { shifts: twoShifts, at: '2026-12-01 03:00', from: first });
    expect(dutyRosterRow(withoutNight, people, first).message).toBe(
      '未覆盖时段 1 个：2026-12-01 03:00–08:00 无人值班；已过去的未覆盖时段 1 个（请在值班记录中登记实际值班人员）：2026-12-01 00:00–03:00 无人值班',
    );
  });

  it('重复排班, more than 16 hours on duty, less than 8 hours’ rest: amber, with names', () => {
    const overlapping: ShiftDef[] = [
      { id: 'early', name: '早班', start: '08:00', end: '16:00' },
      { id: 'middle', name: '中班', start: '15:00', end: '00:00' },
      { id: 'night', name: '夜班', start: '00:00', end: '08:00' },
    ];
    const overlap = dutyRosterRow(
      roster(DAY, ids, { shifts: overlapping, overrides: [{ id: 'o1', kind: 'replace', date: '2026-12-15', shiftId: 'middle', personId: a.id }] }),
      people,
      DAY,
    );
    expect(overlap).toMatchObject({ status: 'warn', message: '本月值班全时段覆盖，但有重复排班 1 处' });
    expect(overlap.details).toEqual([{ status: 'warn', text: '陈值班 2026-12-15 08:00–16:00 与 2026-12-15 15:00–24:00 重复排班（重叠 1 小时）' }]);

    const long = dutyRosterRow(
      roster(DAY, ids, {
        overrides: [
          { id: 'o1', kind: 'replace', date: '2026-12-15', shiftId: 'night', personId: a.id },
          { id: 'o2', kind: 'replace', date: '2026-12-15', shiftId: 'middle', personId: a.id },
        ],
      }),
      people,
      DAY,
    );
    expect(long).toMatchObject({ status: 'warn', message: '本月值班全时段覆盖，但有连续值班超过 16 小时 1 次' });
    expect(long.details.map((d) => d.text)).toEqual(['陈值班 连续值班 24 小时（2026-12-15 00:00–24:00），超过 16 小时']);

    const sixHours: ShiftDef[] = ['00:00', '06:00', '12:00', '18:00'].map((start, i, all) => ({ id: `s${i}`, name: `第${i + 1}班`, start, end: all[i + 1] ?? '00:00' }));
    const d = person('郑值班', ['值班人员']);
    const rest = dutyRosterRow(
      roster(DAY, [...ids, d.id], { shifts: sixHours, overrides: [{ id: 'o1', kind: 'replace', date: '2026-12-15', shiftId: 's2', personId: a.id }] }),
      [...people, d],
      DAY,
    );
    // 00:00–06:00, then 12:00–18:00, then 00:00 again the next day.
    expect(rest).toMatchObject({ status: 'warn', message: '本月值班全时段覆盖，但有两班之间休息不足 8 小时 2 次' });
    expect(rest.details.map((x) => x.text)).toEqual([
      '陈值班 两班之间仅休息 6 小时（2026-12-15 06:00–12:00），不足 8 小时',
      '陈值班 两班之间仅休息 6 小时（2026-12-15 18:00–24:00），不足 8 小时',
    ]);
  });

  it('a gap and a warning together: red, the gap first', () => {
    const r = dutyRosterRow(
      roster(DAY, ids, {
        overrides: [
          { id: 'o1', kind: 'replace', date: '2026-12-15', shiftId: 'night', personId: a.id },
          { id: 'o2', kind: 'replace', date: '2026-12-15', shiftId: 'middle', personId: a.id },
          { id: 'o3', kind: 'leave', date: '2026-12-20', personId: c.id, coveredBy: '' },
        ],
      }),
      people,
      DAY,
    );
    expect(r.status).toBe('error');
    expect(r.message).toBe('未覆盖时段 1 个：2026-12-20 00:00–08:00 无人值班');
    expect(r.details.map((x) => x.status)).toEqual(['error', 'warn']);
  });

  it('the end of the generated roster is a deadline from 7 days before it', () => {
    const december = roster('2026-12-24', ids);
    expect(december.generatedThrough).toBe('2026-12-31');
    expect(dutyRosterDeadlines(december, '2026-12-23')).toEqual([]);
    expect(dutyRosterDeadlines(december, '2026-12-24')).toEqual([
      { date: '2026-12-31', text: '值班表排到 2026-12-31，请生成下月排班（第十三条（二））', article: '第十三条（二）', screen: 'dutyRoster' },
    ]);
    // Already past: still listed (first among the deadlines, being the most urgent).
    expect(dutyRosterDeadlines({ ...december, generatedThrough: '2026-11-30' }, DAY).map((d) => d.date)).toEqual(['2026-11-30']);
  });
});

describe('第十三条（二） in the summary', () => {
  it('an IDC机房服务单位 gets the row after 第十三条（一）, and no longer lists it as not checked', () => {
    const s = evaluateCompliance(input({ unit: unit(['IDC机房服务单位']), people }), DAY);
    expect(s.rows.map((r) => r.article)).toEqual(['第二条', '第九条', '第九条', '第十三条（一）', '第十三条（二）', '《网络安全法》第二十三条']);
    expect(row(s, '第十三条（二）').message).toBe(NO_DUTY_ROSTER);
    expect(s.notChecked.map((n) => n.article)).not.toContain('第十三条（二）');
    expect(complianceSummarySchema.parse(s)).toEqual(s);
  });

  it('the roster’s end among the deadlines; other units get neither row nor deadline', () => {
    const idc = evaluateCompliance(input({ unit: unit(['IDC机房服务单位']), people, dutyRoster: roster('2026-12-28', ids) }), '2026-12-28');
    expect(row(idc, '第十三条（二）').status).toBe('ok');
    expect(idc.deadlines).toContainEqual(expect.objectContaining({ date: '2026-12-31', article: '第十三条（二）', text: '值班表排到 2026-12-31，请生成下月排班（第十三条（二））' }));

    const hosting = evaluateCompliance(input({ unit: unit(['托管服务单位']), people, dutyRoster: roster('2026-12-28', ids) }), '2026-12-28');
    expect(hosting.rows.some((r) => r.article === '第十三条（二）')).toBe(false);
    expect(hosting.deadlines.some((d) => d.article === '第十三条（二）')).toBe(false);
  });

  it('a month of 3 shifts a day is checked in a few milliseconds', () => {
    const month = roster('2026-12-01', ids, { at: '2026-12-01 00:00' });
    dutyRosterRow(month, people, '2026-12-01');
    const started = performance.now();
    for (let i = 0; i < 20; i++) dutyRosterRow(month, people, '2026-12-01');
    expect((performance.now() - started) / 20).toBeLessThan(20);
  });
});
