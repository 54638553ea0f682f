/**
 * 覆盖检查 coverageCheck (第十三条（二）: 专人二十四小时值班): for a period, every uncovered minute
 * (未覆盖时段 gaps), every person booked on two overlapping shifts (重复排班 overlaps), and warnings for
 * more than 16 hours on duty in a row or less than 8 hours between shifts. Sort once, sweep: O(n log n).
 */
import type { CstDateTime } from './time';
import { addDays, cstToMinutes, datePart, minutesToCst, timePart } from './time';

export interface CoverageInput {
  from: CstDateTime;
  to: CstDateTime;
  /** minutes since 1970-01-01 00:00 CST, [start, end) */
  assignments: readonly { personId: string; start: number; end: number }[];
}

export interface CoverageOptions {
  /** a stretch longer than this warns; default 16 */
  maxContinuousHours?: number;
  /** a rest shorter than this warns; default 8 */
  minRestHours?: number;
}

export interface CstRange {
  start: CstDateTime;
  end: CstDateTime;
}

export interface CoverageGap extends CstRange {
  minutes: number;
}

export interface CoverageOverlap {
  personId: string;
  /** the shift that starts first */
  first: CstRange;
  second: CstRange;
  /** minutes of the overlap inside the period */
  minutes: number;
}

export interface LongStretch extends CstRange {
  personId: string;
  hours: number;
}

export interface ShortRest {
  personId: string;
  previousEnd: CstDateTime;
  nextStart: CstDateTime;
  hours: number;
}

export interface CoverageResult {
  covered: boolean;
  gaps: CoverageGap[];
  overlaps: CoverageOverlap[];
  longStretches: LongStretch[];
  shortRests: ShortRest[];
}

export const DEFAULT_MAX_CONTINUOUS_HOURS = 16;
export const DEFAULT_MIN_REST_HOURS = 8;

interface Iv {
  personId: string;
  start: number;
  end: number;
}

const range = (start: number, end: number): CstRange => ({ start: minutesToCst(start), end: minutesToCst(end) });
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Gaps are clipped to [from, to). Overlaps count only the minutes inside the period. Stretches and
 * rests are computed over every assignment given (pass the shifts around the period to see a
 * stretch that began before it) and reported when they touch the period, unclipped.
 */
export function checkCoverage(input: CoverageInput, opts: CoverageOptions = {}): CoverageResult {
  const from = cstToMinutes(input.from);
  const to = cstToMinutes(input.to);
  const maxContinuous = (opts.maxContinuousHours ?? DEFAULT_MAX_CONTINUOUS_HOURS) * 60;
  const minRest = (opts.minRestHours ?? DEFAULT_MIN_REST_HOURS) * 60;
  const result: CoverageResult = { covered: true, gaps: [], overlaps: [], longStretches: [], shortRests: [] };

  const ivs: Iv[] = [];
  for (const a of input.assignments) {
    if (Number.isFinite(a.start) && Number.isFinite(a.end) && a.end > a.start) ivs.push({ personId: a.personId, start: a.start, end: a.end });
  }
  ivs.sort((x, y) => x.start - y.start || x.end - y.end);

  // 未覆盖时段: one sweep keeping the furthest end reached so far.
  if (to > from) {
    let cursor = from;
    for (const a of ivs) {
      if (cursor >= to) break;
      if (a.end <= cursor) continue;
      if (a.start > cursor) {
        const end = Math.min(a.start, to);
        result.gaps.push({ ...range(cursor, end), minutes: end - cursor });
      }
      cursor = Math.max(cursor, a.end);
    }
    if (cursor < to) result.gaps.push({ ...range(cursor, to), minutes: to - cursor });
  }
  result.covered = result.gaps.length === 0;

  // Per person, already in start order.
  const byPerson = new Map<string, Iv[]>();
  for (const a of ivs) {
    const list = byPerson.get(a.personId);
    if (list) list.push(a);
    else byPerson.set(a.personId, [a]);
  }

  for (const [personId, list] of byPerson) {
    // 重复排班: each shift against the earlier ones still running when it starts.
    let active: Iv[] = [];
    for (const cur of list) {
      active = active.filter((p) => p.end > cur.start);
      for (const p of active) {
        const minutes = Math.min(p.end, cur.end, to) - Math.max(cur.start, from);
        if (minutes > 0) result.overlaps.push({ personId, first: range(p.start, p.end), second: range(cur.start, cur.end), minutes });
      }
      active.push(cur);
    }

    // Stretches: shifts that touch or overlap merge into one time on duty.
    let sStart = list[0]!.start;
    let sEnd = list[0]!.end;
    let prevEnd: number | null = null;
    const closeStretch = () => {
      if (sEnd - sStart > maxContinuous && sStart < to && sEnd > from) {
        result.longStretches.push({ personId, ...range(sStart, sEnd), hours: hoursOf(sEnd - sStart) });
      }
      if (prevEnd !== null && sStart - prevEnd < minRest && prevEnd < to && sStart > from) {
        result.shortRests.push({ personId, previousEnd: minutesToCst(prevEnd), nextStart: minutesToCst(sStart), hours: hoursOf(sStart - prevEnd) });
      }
      prevEnd = sEnd;
    };
    for (let i = 1; i < list.length; i++) {
      const cur = list[i]!;
      if (cur.start <= sEnd) {
        if (cur.end > sEnd) sEnd = cur.end;
      } else {
        closeStretch();
        sStart = cur.start;
        sEnd = cur.end;
      }
    }
    closeStretch();
  }

  const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  result.overlaps.sort((x, y) => byTime(x.second.start, y.second.start) || byTime(x.personId, y.personId));
  result.longStretches.sort((x, y) => byTime(x.start, y.start) || byTime(x.personId, y.personId));
  result.shortRests.sort((x, y) => byTime(x.previousEnd, y.previousEnd) || byTime(x.personId, y.personId));
  return result;
}

/** '2026-12-05 00:00–08:00'; '2026-12-05 16:00–24:00' when it ends at the next midnight; both dates when it crosses a day. */
export function formatRange(start: CstDateTime, end: CstDateTime): string {
  const sd = datePart(start);
  const ed = datePart(end);
  const et = timePart(end);
  if (ed === sd) return `${start}–${et}`;
  if (et === '00:00' && ed === addDays(sd, 1)) return `${start}–24:00`;
  return `${start}–${end}`;
}

/** '8 小时', '30 分钟', '1 小时 30 分钟'. */
export function formatDuration(minutes: number): string {
  const m = Math.round(minutes);
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} 分钟`;
  return rest === 0 ? `${h} 小时` : `${h} 小时 ${rest} 分钟`;
}

/** "2026-12-05 00:00–08:00 无人值班" (a gap across days names both dates). */
export function formatGap(g: CstRange): string {
  return `${formatRange(g.start, g.end)} 无人值班`;
}

/** "张三 2026-12-05 08:00–16:00 与 2026-12-05 12:00–20:00 重复排班（重叠 4 小时）". */
export function formatOverlap(o: CoverageOverlap, name: string): string {
  return `${name} ${formatRange(o.first.start, o.first.end)} 与 ${formatRange(o.second.start, o.second.end)} 重复排班（重叠 ${formatDuration(o.minutes)}）`;
}

/** "张三 连续值班 24 小时（2026-12-05 08:00–2026-12-06 08:00），超过 16 小时". */
export function formatLongStretch(s: LongStretch, name: string, maxContinuousHours = DEFAULT_MAX_CONTINUOUS_HOURS): string {
  return `${name} 连续值班 ${formatDuration(s.hours * 60)}（${formatRange(s.start, s.end)}），超过 ${maxContinuousHours} 小时`;
}

/** "张三 两班之间仅休息 4 小时（2026-12-05 16:00–20:00），不足 8 小时". */
export function formatShortRest(r: ShortRest, name: string, minRestHours = DEFAULT_MIN_REST_HOURS): string {
  return `${name} 两班之间仅休息 ${formatDuration(r.hours * 60)}（${formatRange(r.previousEnd, r.nextStart)}），不足 ${minRestHours} 小时`;
}
