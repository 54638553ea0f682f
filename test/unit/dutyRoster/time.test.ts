import { describe, expect, it } from 'vitest';
import {
  addDays,
  cstToMinutes,
  datesInRange,
  dayStart,
  daysBetween,
  isCstDate,
  isCstDateTime,
  minutesToCst,
  nowCst,
} from '../../../shared/dutyRoster';

// An independent reference: the ICU time-zone database, asked for Asia/Shanghai explicitly.
const shanghai = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
function icuCst(utcMs: number): string {
  const p = Object.fromEntries(shanghai.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

describe('China Standard Time arithmetic', () => {
  it('runs under the time zone the TZ test asked for (when asked)', () => {
    // Set by tz.test.ts for the child run: proves these tests really ran under that zone.
    const expected = process.env.EXPECT_TZ_OFFSET_JULY;
    if (expected !== undefined) expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset()).toBe(Number(expected));
  });

  it('counts minutes from 1970-01-01 00:00 CST', () => {
    expect(cstToMinutes('1970-01-01 00:00')).toBe(0);
    expect(cstToMinutes('1970-01-01 08:00')).toBe(480);
    expect(cstToMinutes('1970-01-02 00:00')).toBe(1440);
    expect(cstToMinutes('1969-12-31 23:59')).toBe(-1);
    // 2026-12-05 00:00 CST is 2026-12-04 16:00 UTC
    expect(cstToMinutes('2026-12-05 00:00')).toBe(Date.UTC(2026, 11, 4, 16, 0) / 60_000 + 480);
  });

  it('agrees with the ICU Asia/Shanghai zone every ~5.5 days from 1992 to 2045, both ways', () => {
    let checked = 0;
    for (let ms = Date.UTC(1992, 0, 1); ms < Date.UTC(2045, 0, 1); ms += 7919 * 60_000) {
      const text = icuCst(ms);
      const minutes = Math.floor(ms / 60_000) + 480;
      expect(minutesToCst(minutes)).toBe(text);
      expect(cstToMinutes(text)).toBe(minutes);
      checked++;
    }
    expect(checked).toBeGreaterThan(3500);
  });

  it('nowCst reads the instant, not the machine clock zone', () => {
    expect(nowCst(new Date('2026-12-04T16:30:00Z'))).toBe('2026-12-05 00:30');
    expect(nowCst(new Date('2026-03-08T10:00:00Z'))).toBe('2026-03-08 18:00'); // US DST change day
    expect(nowCst(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
    expect(nowCst()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('crosses a month boundary and a year boundary', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(dayStart('2026-12-01') - dayStart('2026-11-30')).toBe(1440);
    expect(minutesToCst(cstToMinutes('2026-11-30 23:59') + 1)).toBe('2026-12-01 00:00');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(datesInRange('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('knows leap days: Feb 28 → Mar 1 in 2027, Feb 28 → Feb 29 → Mar 1 in 2028', () => {
    expect(datesInRange('2027-02-28', '2027-03-01')).toEqual(['2027-02-28', '2027-03-01']);
    expect(datesInRange('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(isCstDate('2028-02-29')).toBe(true);
    expect(isCstDate('2027-02-29')).toBe(false);
    expect(isCstDate('2100-02-29')).toBe(false);
    expect(isCstDate('2000-02-29')).toBe(true);
    expect(minutesToCst(cstToMinutes('2028-02-28 23:00') + 60)).toBe('2028-02-29 00:00');
    expect(minutesToCst(cstToMinutes('2027-02-28 23:00') + 60)).toBe('2027-03-01 00:00');
    expect(datesInRange('2028-01-01', '2028-12-31')).toHaveLength(366);
    expect(datesInRange('2027-01-01', '2027-12-31')).toHaveLength(365);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('reads 24:00 as the next midnight and refuses malformed times', () => {
    expect(cstToMinutes('2026-12-05 24:00')).toBe(cstToMinutes('2026-12-06 00:00'));
    for (const bad of ['2026-12-5 08:00', '2026-12-05 8:00', '2026-13-01 00:00', '2026-12-05 23:60', '2026-12-05 24:01', '2027-02-29 00:00', '2026-12-05T08:00', '']) {
      expect(isCstDateTime(bad)).toBe(false);
      expect(() => cstToMinutes(bad)).toThrow(RangeError);
    }
    expect(() => datesInRange('2026-12-01', '2026-12-32')).toThrow(/不是有效日期/);
  });

  it('gives no dates for a reversed range', () => {
    expect(datesInRange('2026-12-02', '2026-12-01')).toEqual([]);
    expect(datesInRange('2026-12-02', '2026-12-02')).toEqual(['2026-12-02']);
  });
});
