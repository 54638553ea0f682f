import { describe, expect, it } from 'vitest';
import { cstToMinutes, hoursBalance, MIN_TEAM_24X7, teamSizeReminder, workTimeReminders, type WorkInterval } from '../../../shared/dutyRoster';

const iv = (personId: string, start: string, end: string): WorkInterval => ({ personId, start: cstToMinutes(start), end: cstToMinutes(end) });
/** 8-hour 白班 08:00–16:00 on each date. */
const days = (personId: string, dates: string[], from = '08:00', to = '16:00') => dates.map((d) => iv(personId, `${d} ${from}`, `${d} ${to}`));
const dec = (n: number) => `2026-12-${String(n).padStart(2, '0')}`;

describe('工时统计 and working-time reminders (reminders only, with their sources)', () => {
  it('a week of exactly 40 hours and a rest day: no reminder; one more hour: the weekly reminder', () => {
    // 2026-12-07 is a Monday: five 8-hour days, Saturday and Sunday off.
    const week = days('a', [7, 8, 9, 10, 11].map(dec));
    expect(workTimeReminders(week, '2026-12', ['a'])).toEqual([]);
    const longer = [...week.slice(0, 4), iv('a', '2026-12-11 08:00', '2026-12-11 17:00')];
    expect(workTimeReminders(longer, '2026-12', ['a'])).toEqual([
      { personId: 'a', kind: 'daily', source: '国务院《关于职工工作时间的规定》第三条', text: '1 天工作超过 8 小时' },
      { personId: 'a', kind: 'weekly', source: '国务院《关于职工工作时间的规定》第三条', text: '12-07至12-13 一周工作 41 小时，超过 40 小时' },
    ]);
  });

  it('a whole week on duty every day: no rest day (《劳动法》第三十八条)', () => {
    const r = workTimeReminders(days('a', [7, 8, 9, 10, 11, 12, 13].map(dec), '08:00', '12:00'), '2026-12', ['a']);
    expect(r).toEqual([{ personId: 'a', kind: 'restDay', source: '《劳动法》第三十八条', text: '12-07至12-13 一周没有休息日' }]);
  });

  it('a month of exactly 36 overtime hours: no overtime reminder; 37: the reminder (《劳动法》第四十一条)', () => {
    // Three whole weeks of December (12-07 … 12-27): Monday to Friday 8 h, and 12 h on Saturday: 52 h a week.
    const weeks = [7, 14, 21].flatMap((mon) => days('a', [mon, mon + 1, mon + 2, mon + 3, mon + 4].map(dec)));
    const kinds = (r: ReturnType<typeof workTimeReminders>) => r.filter((x) => x.kind === 'overtime');
    const exactly = [...weeks, ...[7, 14, 21].map((mon) => iv('a', `${dec(mon + 5)} 08:00`, `${dec(mon + 5)} 20:00`))];
    // Three weeks of 40 + 12 = 52 h: 36 h over, not more.
    expect(kinds(workTimeReminders(exactly, '2026-12', ['a']))).toEqual([]);
    const more = [...exactly, iv('a', '2026-12-27 08:00', '2026-12-27 09:00')];
    expect(kinds(workTimeReminders(more, '2026-12', ['a']))).toEqual([
      { personId: 'a', kind: 'overtime', source: '《劳动法》第四十一条', text: '本月加班约 37 小时，超过每月 36 小时' },
    ]);
  });

  it('hours balance: a night shift across midnight and across the month end counts its hours where they fall', () => {
    const shifts = [
      iv('a', '2026-11-30 20:00', '2026-12-01 08:00'), // 8 h in December, 2 of them at night (00–06 → 6 h night)
      iv('a', '2026-12-05 20:00', '2026-12-06 08:00'), // Saturday: 12 h, 8 h at night (22–06)
      iv('a', '2026-12-31 20:00', '2027-01-01 08:00'), // 4 h in December, 2 h at night
    ];
    const [b] = hoursBalance(shifts, '2026-12', ['a']);
    expect(b).toEqual({ personId: 'a', shifts: 2, hours: 24, nightHours: 16, restDays: 27, weekendShifts: 1 });
    expect(hoursBalance([], '2026-02', ['x'])).toEqual([{ personId: 'x', shifts: 0, hours: 0, nightHours: 0, restDays: 28, weekendShifts: 0 }]);
  });

  it('the smallest team for 24×7 within 40 hours a week: 168 / 40 → 5', () => {
    expect(MIN_TEAM_24X7).toBe(5);
    expect(teamSizeReminder(3)).toBe('轮换只有 3 人：24×7 值班每周 168 小时，按每人每周 40 小时至少需要 5 人（国务院《关于职工工作时间的规定》第三条）');
    expect(teamSizeReminder(5)).toBeNull();
  });
});
