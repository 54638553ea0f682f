import { addDays, dayNumber, nowCst } from '../shared/dutyRoster';

/** 'YYYY-MM' of today in China Standard Time. */
export const currentMonth = (): string => nowCst().slice(0, 7);
export const todayCst = (): string => nowCst().slice(0, 10);

/** First and last day of a month 'YYYY-MM'. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

export { shiftMonth } from '../shared/reports/monthlyReport';

/** 0 = Monday … 6 = Sunday, by calendar arithmetic (1970-01-01 was a Thursday), never the machine's zone. */
export const weekdayIndex = (date: string): number => (((dayNumber(date) + 3) % 7) + 7) % 7;
export const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'] as const;
export const weekdayLabel = (date: string): string => `周${WEEKDAYS[weekdayIndex(date)]}`;

/** '08:00–16:00', and '16:00–次日00:00' when a slot ends on a later date. */
export function slotTime(start: string, end: string): string {
  const next = end.slice(0, 10) !== start.slice(0, 10);
  return `${start.slice(11)}–${next ? '次日' : ''}${end.slice(11)}`;
}
