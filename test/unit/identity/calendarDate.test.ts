import { describe, it, expect } from 'vitest';
import {
  isLeapYear,
  daysInMonth,
  isRealDate,
  parseIsoDate,
  todayInShanghai,
  checkBirthDate,
} from '../../../shared/identity/calendarDate';
import { validateResidentId } from '../../../shared/identity/residentId';

/** Shanghai has had no DST since 1991: UTC+8. Computed without Intl, independent of the machine's TZ. */
const shanghaiDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

function check(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}
const idBornOn = (iso: string) => {
  const first17 = `350203${iso.replace(/-/g, '')}123`;
  return first17 + check(first17);
};

describe('calendar', () => {
  it('leap years', () => {
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
  it('real dates', () => {
    expect(isRealDate({ year: 2000, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(isRealDate({ year: 2024, month: 13, day: 1 })).toBe(false);
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('20240229')).toBeNull();
  });
  it('checkBirthDate reports positions and reasons', () => {
    expect(checkBirthDate('19900230', { today: '2026-01-01' })).toEqual({
      ok: false,
      message: '第7-14位出生日期无效：1990-02-30 不存在（1990年2月只有28天）',
    });
    expect(checkBirthDate('19900101', { today: '2026-01-01' })).toEqual({ ok: true, date: '1990-01-01' });
  });
});

describe('today in Asia/Shanghai, whatever the machine TZ', () => {
  it('converts instants around Shanghai midnight correctly', () => {
    // 2026-06-14 16:30 UTC = 2026-06-15 00:30 in Shanghai (still the 14th in Los Angeles and London).
    expect(todayInShanghai(new Date('2026-06-14T16:30:00Z'))).toBe('2026-06-15');
    expect(todayInShanghai(new Date('2026-06-14T15:59:59Z'))).toBe('2026-06-14');
    expect(todayInShanghai(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(todayInShanghai(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
  });
  it('matches an independent UTC+8 computation for the current instant', () => {
    const before = shanghaiDate(Date.now());
    const t = todayInShanghai();
    const after = shanghaiDate(Date.now());
    expect([before, after]).toContain(t);
  });
  it('the default today accepts a birth date of today in Shanghai and refuses tomorrow in Shanghai', () => {
    const start = Date.now();
    const today = shanghaiDate(start);
    const tomorrow = shanghaiDate(start + 86_400_000);
    const okToday = validateResidentId(idBornOn(today));
    const r = validateResidentId(idBornOn(tomorrow));
    if (shanghaiDate(Date.now()) !== today) return; // the date turned over during the test
    expect(okToday.ok).toBe(true);
    expect(r).toEqual({ ok: false, message: `第7-14位出生日期无效：${tomorrow} 晚于今天（${today}）` });
  });
  it('reports the time zone this run used', () => {
    // Informational: run once with TZ=America/Los_Angeles to exercise a machine far from Shanghai.
    expect(typeof Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('string');
  });
});
