/** Calendar-date helpers for birth dates embedded in identity numbers. Pure: no Node or DOM APIs. */

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export const EARLIEST_BIRTH_DATE = '1900-01-01';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate({ year, month, day }: YMD): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** 'YYYYMMDD' → parts (not checked for being a real date), or null if not 8 digits. */
export function parseCompactDate(yyyymmdd: string): YMD | null {
  if (!/^\d{8}$/.test(yyyymmdd)) return null;
  return { year: Number(yyyymmdd.slice(0, 4)), month: Number(yyyymmdd.slice(4, 6)), day: Number(yyyymmdd.slice(6, 8)) };
}

/** 'YYYY-MM-DD' → parts of a real date, or null. */
export function parseIsoDate(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(ymd) ? ymd : null;
}

export function formatIsoDate({ year, month, day }: YMD): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's date in China (Asia/Shanghai), whatever the machine's own time zone is. */
let shanghaiDays: Intl.DateTimeFormat | undefined;

export function todayInShanghai(now: Date = new Date()): string {
  // Made once: building a DateTimeFormat costs ~50 µs, and every 居民身份证 check asks for today.
  shanghaiDays ??= new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = shanghaiDays.formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return formatIsoDate({ year: get('year'), month: get('month'), day: get('day') });
}

/**
 * Checks a YYYYMMDD birth date taken from positions `from`–`to` of a number: a real calendar date, not before
 * 1900-01-01 and not after `today` (YYYY-MM-DD, default: today in Asia/Shanghai). Returns the ISO date or a message.
 */
export function checkBirthDate(
  yyyymmdd: string,
  opts: { today?: string; from?: number; to?: number } = {},
): { ok: true; date: string } | { ok: false; message: string } {
  const prefix = `第${opts.from ?? 7}-${opts.to ?? 14}位出生日期无效：`;
  const today = opts.today ?? todayInShanghai();
  if (!parseIsoDate(today)) throw new RangeError('today must be a real date written YYYY-MM-DD');
  const ymd = parseCompactDate(yyyymmdd);
  if (!ymd) return { ok: false, message: `${prefix}应为8位数字（年月日）` };
  const iso = formatIsoDate(ymd);
  if (!isRealDate(ymd)) {
    let why = '';
    if (ymd.month < 1 || ymd.month > 12) why = '（月份应为01-12）';
    else if (ymd.month === 2 && ymd.day === 29) why = `（${ymd.year}年不是闰年）`;
    else if (ymd.day < 1) why = '（日不能为00）';
    else why = `（${ymd.year}年${ymd.month}月只有${daysInMonth(ymd.year, ymd.month)}天）`;
    return { ok: false, message: `${prefix}${iso} 不存在${why}` };
  }
  if (iso < EARLIEST_BIRTH_DATE) return { ok: false, message: `${prefix}${iso} 早于${EARLIEST_BIRTH_DATE}` };
  if (iso > today) return { ok: false, message: `${prefix}${iso} 晚于今天（${today}）` };
  return { ok: true, date: iso };
}
