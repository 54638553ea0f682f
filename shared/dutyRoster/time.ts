/**
 * China Standard Time as plain arithmetic (第十三条（二）: a 24-hour duty roster, so every minute counts).
 * CST is a fixed UTC+8 with no daylight saving since 1991, so a wall-clock time maps to a minute count
 * without asking the machine for its time zone: nothing here calls a local-time Date method.
 */

/** 'YYYY-MM-DD HH:mm' in China Standard Time. */
export type CstDateTime = string;

export const MINUTES_PER_DAY = 1440;
/** CST is UTC+8: minutes to add to a UTC minute count. */
export const CST_OFFSET_MINUTES = 480;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function monthDays(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Parses 'YYYY-MM-DD' to a day number (days since 1970-01-01), or null when it is not a real date. */
function parseDay(date: string): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > monthDays(y, mo)) return null;
  return daysFromCivil(y, mo, d);
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isCstDate(date: string): boolean {
  return parseDay(date) !== null;
}

/** True for 'YYYY-MM-DD HH:mm' with a real date and a time 00:00–23:59 (24:00 also accepted: the next midnight). */
export function isCstDateTime(dt: string): boolean {
  return parseDateTime(dt) !== null;
}

function parseDateTime(dt: string): number | null {
  const m = DATE_TIME_RE.exec(dt);
  if (!m) return null;
  const day = parseDay(`${m[1]}-${m[2]}-${m[3]}`);
  const h = Number(m[4]);
  const min = Number(m[5]);
  if (day === null || min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return day * MINUTES_PER_DAY + h * 60 + min;
}

/** Days since 1970-01-01 (CST calendar) of 'YYYY-MM-DD'. Throws RangeError for anything else. */
export function dayNumber(date: string): number {
  const n = parseDay(date);
  if (n === null) throw new RangeError(`不是有效日期（格式如 2026-12-05）：${date}`);
  return n;
}

/** 'YYYY-MM-DD' of a day number. */
export function dateOfDayNumber(n: number): string {
  const { y, m, d } = civilFromDays(n);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Minutes since 1970-01-01 00:00 CST. Throws RangeError when `dt` is not 'YYYY-MM-DD HH:mm'. */
export function cstToMinutes(dt: CstDateTime): number {
  const n = parseDateTime(dt);
  if (n === null) throw new RangeError(`不是有效的日期时间（格式如 2026-12-05 08:00）：${dt}`);
  return n;
}

/** The CST wall-clock time of a minute count (fractions of a minute are dropped). */
export function minutesToCst(minutes: number): CstDateTime {
  const m = Math.floor(minutes);
  const day = Math.floor(m / MINUTES_PER_DAY);
  const inDay = m - day * MINUTES_PER_DAY;
  return `${dateOfDayNumber(day)} ${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}`;
}

/** The CST minute count of an instant (UTC milliseconds + 8 h). */
export function instantToMinutes(now: Date): number {
  return Math.floor(now.getTime() / 60_000) + CST_OFFSET_MINUTES;
}

/** Now (or `now`) as CST wall-clock time, whatever the machine's time zone. */
export function nowCst(now: Date = new Date()): CstDateTime {
  return minutesToCst(instantToMinutes(now));
}

/** Minute count of 00:00 CST on `date`. */
export function dayStart(date: string): number {
  return dayNumber(date) * MINUTES_PER_DAY;
}

/** Every date from `from` to `to`, both included; empty when `to` is earlier. */
export function datesInRange(from: string, to: string): string[] {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const out: string[] = [];
  for (let n = a; n <= b; n++) out.push(dateOfDayNumber(n));
  return out;
}

/** The date part of a CstDateTime. */
export function datePart(dt: CstDateTime): string {
  return dt.slice(0, 10);
}

/** The time part ('HH:mm') of a CstDateTime. */
export function timePart(dt: CstDateTime): string {
  return dt.slice(11, 16);
}
