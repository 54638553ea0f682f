import { z } from 'zod';
import { missingOr } from './fieldRules';
import { formatIsoDate, isRealDate, parseIsoDate } from '../identity/calendarDate';

/** A calendar date as YYYY-MM-DD (China Standard Time is implied: dates here are days, not instants). */
export const isoDate = (label: string) =>
  z
    .string({ error: missingOr(label, '请填写', '日期，格式如 2026-11-24') })
    .trim()
    .min(1, `请填写${label}`)
    // An empty value has its 请填写 message already; "not a valid date" would only repeat it.
    .refine((v) => {
      if (v === '') return true;
      const ymd = parseIsoDate(v);
      return ymd !== null && isRealDate(ymd);
    }, `${label}不是有效日期，格式如 2026-11-24`);

export const optionalIsoDate = (label: string) =>
  z
    .string()
    .trim()
    .default('')
    .refine((v) => {
      if (v === '') return true;
      const ymd = parseIsoDate(v);
      return ymd !== null && isRealDate(ymd);
    }, `${label}不是有效日期，格式如 2026-11-24`);

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError('daysBetween: not a YYYY-MM-DD date');
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** `date` plus `days` calendar days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError('addDays: not a YYYY-MM-DD date');
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return formatIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}
