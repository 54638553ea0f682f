// The roster's times are China Standard Time whatever the machine says: run these under another zone.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { averagedReminders, averagingPeriods, averagingSpan, cstToMinutes, remindersUnder, type WorkInterval } from '../../../shared/dutyRoster';

const iv = (personId: string, start: string, end: string): WorkInterval => ({ personId, start: cstToMinutes(start), end: cstToMinutes(end) });
const pad = (n: number) => String(n).padStart(2, '0');
/** `hours` on each of the dates, from 08:00. */
const onDays = (dates: string[], hours: number) => dates.map((d) => iv('a', `${d} 08:00`, `${d} ${pad(8 + hours)}:00`));
const range = (month: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${month}-${pad(from + i)}`);
const kinds = (r: ReturnType<typeof averagedReminders>) => r.map((x) => x.kind);

describe('综合计算工时工作制: hours judged over the averaging period (reminders with their sources)', () => {
  it('按周: a week of exactly 40 hours in 10-hour days gives nothing (no 8-hour-day reminder); 41 hours: the period reminder', () => {
    // 2026-12-07 is a Monday: four 10-hour days, three days off.
    const week = onDays(range('2026-12', 7, 10), 10);
    expect(averagedReminders(week, '2026-12', ['a'], 'week')).toEqual([]);
    const over = [...week, iv('a', '2026-12-11 08:00', '2026-12-11 09:00')];
    expect(averagedReminders(over, '2026-12', ['a'], 'week')).toEqual([
      {
        personId: 'a',
        kind: 'average',
        source: '劳部发〔1994〕503号第五条、劳社部发〔2008〕3号',
        text: '12-07至12-13 一周排班 41 小时，超过综合计算工时（按周）的法定标准 40 小时',
      },
    ]);
    // The standard system would also have flagged the 10-hour days.
    expect(remindersUnder(week, '2026-12', ['a'], null).map((r) => r.kind)).toEqual(['daily']);
  });

  it('按周: a week across the month end counts its November days, and belongs to the month of its Thursday', () => {
    // Monday 2026-11-30 … Sunday 12-06; Thursday 12-03 is in December.
    expect(averagingPeriods('2026-12', 'week')[0]!.label).toBe('11-30至12-06 一周');
    expect(averagingPeriods('2026-11', 'week').at(-1)!.label).toBe('11-23至11-29 一周');
    expect(averagingSpan('2026-12', 'week')).toEqual({ from: '2026-11-30', to: '2027-01-03' });
    const week = [...onDays(['2026-11-30'], 9), ...onDays(range('2026-12', 1, 4), 8)];
    expect(averagedReminders(week, '2026-12', ['a'], 'week').map((r) => r.text)).toEqual(['11-30至12-06 一周排班 41 小时，超过综合计算工时（按周）的法定标准 40 小时']);
    expect(averagedReminders(week, '2026-11', ['a'], 'week')).toEqual([]);
  });

  it('按季: exactly 500 hours in the quarter gives nothing, 501 the reminder, from any month of it; hours over the month end count', () => {
    // 2026 Q4: 50 days of 10 hours = 500 h, spread over October, November and December (some 12-hour days, no 8-hour rule).
    const q = [...onDays(range('2026-10', 1, 20), 10), ...onDays(range('2026-11', 1, 20), 10), ...onDays(range('2026-12', 1, 10), 10)];
    for (const m of ['2026-10', '2026-11', '2026-12']) expect(averagedReminders(q, m, ['a'], 'quarter').filter((r) => r.kind !== 'restDay')).toEqual([]);
    // One more hour, as a night shift from 12-31 23:00 into 2027-01-01 01:00: only its first hour is in the quarter.
    const over = [...q, iv('a', '2026-12-31 23:00', '2027-01-01 01:00')];
    const r = averagedReminders(over, '2026-11', ['a'], 'quarter').filter((x) => x.kind === 'average');
    expect(r.map((x) => x.text)).toEqual(['2026年第四季度（10-01至12-31）排班 501 小时，超过综合计算工时（按季）的法定标准 500 小时']);
    expect(averagingSpan('2026-11', 'quarter')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('按月: 166.64 hours is the month standard (20.83 days × 8, 劳社部发〔2008〕3号); overtime over 36 hours still reminded (《劳动法》第四十一条)', () => {
    // 25 days × 8 h = 200 h in December: 33.36 h over the standard, under 36: only the period reminder.
    const month = onDays(range('2026-12', 1, 25), 8);
    expect(kinds(averagedReminders(month, '2026-12', ['a'], 'month')).filter((k) => k !== 'restDay')).toEqual(['average']);
    // 203 h: 36.36 h over 166.64: the overtime reminder too.
    const more = [...month, iv('a', '2026-12-27 08:00', '2026-12-27 11:00')];
    const r = averagedReminders(more, '2026-12', ['a'], 'month');
    expect(r.find((x) => x.kind === 'overtime')).toEqual({ personId: 'a', kind: 'overtime', source: '《劳动法》第四十一条', text: '2026年12月加班约 36.36 小时，超过每月 36 小时' });
  });

  it('the rest-day rule still applies as the law says: a whole week without a rest day is reminded under any period', () => {
    const everyDay = onDays(range('2026-12', 7, 13), 4); // 28 h, no rest day
    for (const p of ['week', 'month', 'quarter', 'year'] as const) {
      expect(averagedReminders(everyDay, '2026-12', ['a'], p)).toEqual([
        { personId: 'a', kind: 'restDay', source: '《劳动法》第三十八条', text: '12-07至12-13 一周没有休息日' },
      ]);
    }
  });

  it('按年: the year is 2000 hours; its overtime cap is 36 × 12 = 432 hours', () => {
    expect(averagingSpan('2027-06', 'year')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    // 2027: 300 days of 8 h = 2400 h; 400 over: under 432.
    const days = Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10));
    const r = averagedReminders(onDays(days, 8), '2027-03', ['a'], 'year').filter((x) => x.kind !== 'restDay');
    expect(r.map((x) => x.text)).toEqual(['2027年排班 2400 小时，超过综合计算工时（按年）的法定标准 2000 小时']);
    const longer = onDays(days, 9); // 2700 h: 700 over 2000
    expect(averagedReminders(longer, '2027-03', ['a'], 'year').find((x) => x.kind === 'overtime')?.text).toBe(
      '2027年加班约 700 小时，超过每月 36 小时（12 个月合计 432 小时）',
    );
  });
});
