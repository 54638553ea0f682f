const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local time as YYYYMMDD-HHMMSS, or YYYYMMDD-HHMMSS-mmm with milliseconds: sorts as it reads. */
export function fileStamp(date: Date, withMs = false): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  return withMs ? `${day}-${time}-${pad(date.getMilliseconds(), 3)}` : `${day}-${time}`;
}

/** Inverse of fileStamp(date, true); undefined when the text is not such a stamp. */
export function parseFileStamp(stamp: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})$/.exec(stamp);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s, ms);
  // Reject what Date would roll over (month 13, day 99, …).
  return fileStamp(date, true) === stamp ? date : undefined;
}
