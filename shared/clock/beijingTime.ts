/**
 * The one clock: every time the app shows, prints or writes (screens, PDFs and their metadata, manifest.json,
 * seal records, ZIP entries, file names) is Beijing time, UTC+8, whatever the computer's time zone. Beijing
 * has had no daylight saving since 1991, so an instant maps to its wall-clock time by adding eight hours and
 * reading the UTC fields: nothing here asks the machine for its own zone, except localDateShowing(), whose
 * whole job is to trick a library that reads local fields.
 */

export const BEIJING_OFFSET_MS = 8 * 3_600_000;

type Instant = Date | string | number;

function ms(at: Instant): number {
  const t = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(t)) throw new RangeError(`不是有效的时间：${String(at)}`);
  return t;
}

/** 'YYYY-MM-DDTHH:mm:ss.sssZ' of the Beijing wall clock (the Z is not true: slice it off). */
const wall = (at: Instant): string => new Date(ms(at) + BEIJING_OFFSET_MS).toISOString();

/** The format of every time shown or printed: 2026-12-06 18:05:09. */
export const formatBeijingTime = (at: Instant): string => wall(at).slice(0, 19).replace('T', ' ');

/** To the minute, where seconds would be noise (the 值班表's CstDateTime has this shape): 2026-12-06 18:05. */
export const beijingMinute = (at: Instant): string => wall(at).slice(0, 16).replace('T', ' ');

/** The Beijing calendar day of an instant: 2026-12-06. */
export const beijingDay = (at: Instant): string => wall(at).slice(0, 10);

/** For machines (manifest.json): ISO 8601 with the +08:00 offset, 2026-12-06T18:05:09+08:00. */
export const beijingIso = (at: Instant): string => `${wall(at).slice(0, 19)}+08:00`;

/** For file names: 20261206-180509, or 20261206-180509-123 with milliseconds; sorts as it reads. */
export function beijingStamp(at: Instant, withMs = false): string {
  const w = wall(at);
  const stamp = `${w.slice(0, 10).replace(/-/g, '')}-${w.slice(11, 19).replace(/:/g, '')}`;
  return withMs ? `${stamp}-${w.slice(20, 23)}` : stamp;
}

/** Inverse of beijingStamp(at, true); undefined when the text is not such a stamp or not a real time. */
export function parseBeijingStamp(stamp: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})$/.exec(stamp);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s, milli] = m.slice(1).map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, milli) - BEIJING_OFFSET_MS);
  // Reject what Date would roll over (month 13, day 99, …).
  return beijingStamp(date, true) === stamp ? date : undefined;
}

/** A PDF date string (PDF 32000 §7.9.4) in Beijing time: D:20261206180509+08'00'. */
export const beijingPdfDate = (at: Instant): string => `D:${beijingStamp(at).replace('-', '')}+08'00'`;

/**
 * A Date whose LOCAL fields (getHours() …) read the Beijing wall clock of `at`: for formats that store a bare
 * local time with no zone, such as a ZIP entry's DOS date and time, written by a library from those fields.
 */
export function localDateShowing(at: Instant): Date {
  const w = new Date(ms(at) + BEIJING_OFFSET_MS);
  return new Date(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), w.getUTCMilliseconds());
}
