/**
 * The one evaluation of 第十三条（二） (落实专人二十四小时值班制度) over a period of whole days, Beijing time: the
 * filed month from 00:00 of the 1st to 24:00 of the last day, past days included, with the night shift of the
 * day before that runs into the 1st. 概览 and 完整性检查 (dutyRosterRow), the 值班表 screen's 覆盖检查 and 03 all
 * print what this returns; nothing else judges duty coverage.
 *
 * A 未覆盖时段 still ahead (or under way) is red. One that has already happened cannot be fixed by planning: it is
 * amber, and covered once a 值班记录 says who actually was on duty then (the roster is not rewritten). A planned
 * shift that has ended with no 值班记录 is an amber reminder (only when the log was read).
 */
import {
  addDays,
  checkCoverage,
  cstToMinutes,
  formatGap,
  formatLongStretch,
  formatOverlap,
  formatRange,
  formatShortRest,
  isCstDateTime,
  minutesToCst,
  type CoverageResult,
  type CstDateTime,
} from '../dutyRoster';
import type { Finding } from './finding';

export interface DutyCheckSlot {
  date: string;
  shiftName: string;
  start: CstDateTime;
  end: CstDateTime;
  personId: string;
}

export interface DutyCheckLogEntry {
  personId: string;
  start: CstDateTime;
  end: CstDateTime;
}

export interface DutyCheckInput {
  /** First and last date of the period, both included. */
  from: string;
  to: string;
  /** Now, Beijing time: what ended before it has happened. */
  now: CstDateTime;
  /** The slots after every 调班, including the day before `from`. */
  slots: readonly DutyCheckSlot[];
  /** Everyone in 人员 (id → 姓名): only they cover time. */
  names: ReadonlyMap<string, string>;
  /** The 值班记录 around the period; absent when not read (then no reminder about missing entries). */
  log?: readonly DutyCheckLogEntry[];
  /** The name used for a person no longer in 人员. */
  missingName?: string;
}

export interface DutyGap {
  start: CstDateTime;
  end: CstDateTime;
  minutes: number;
  /** 'open': not over yet (red); 'past': over, nobody recorded (amber). */
  state: 'open' | 'past';
}

export interface DutyLogCover {
  /** The part of a planned gap a 值班记录 covers. */
  start: CstDateTime;
  end: CstDateTime;
  names: string[];
}

export interface DutyCheck {
  from: string;
  to: string;
  now: CstDateTime;
  /** The plan's own check (gaps before the 值班记录 are taken into account, overlaps, long stretches, short rests). */
  coverage: CoverageResult;
  /** What is still uncovered after the 值班记录; a gap under way is split at `now` into its past and open parts. */
  gaps: DutyGap[];
  /** Planned gaps that 值班记录 cover. */
  coveredByLog: DutyLogCover[];
  /** Planned shifts (held by someone in 人员) that ended in the period with no 值班记录 overlapping them. */
  unlogged: DutyCheckSlot[];
  findings: Finding[];
  /** '全时段已覆盖（24×7）' when no gap is left, every finding's text in order, then the gaps the 值班记录 cover. */
  lines: string[];
}

export const COVERED_LINE = '全时段已覆盖（24×7）';
export const PAST_GAP_SUFFIX = '（已过去，未登记实际值班人员）';

/** "2026-12-01 00:00–08:00 无人值班（已过去，未登记实际值班人员）". */
export const formatPastGap = (g: { start: CstDateTime; end: CstDateTime }) => `${formatGap(g)}${PAST_GAP_SUFFIX}`;

/** "2026-12-01 00:00–08:00 排班空缺，值班记录：张三 实际值班". */
export const formatLogCover = (c: DutyLogCover) => `${formatRange(c.start, c.end)} 排班空缺，值班记录：${c.names.join('、')} 实际值班`;

/** "3 个已结束的班次未填写值班记录（最早 2026-12-01 白班）". */
export function formatUnlogged(unlogged: readonly DutyCheckSlot[]): string {
  const first = unlogged[0];
  return `${unlogged.length} 个已结束的班次未填写值班记录${first ? `（最早 ${first.date} ${first.shiftName}）` : ''}`;
}

interface Iv {
  start: number;
  end: number;
}

/** [start, end) minus the union of `cuts`, as sorted pieces. */
function subtract(iv: Iv, cuts: readonly Iv[]): Iv[] {
  const out: Iv[] = [];
  let cursor = iv.start;
  for (const c of cuts) {
    if (c.end <= cursor) continue;
    if (c.start >= iv.end) break;
    if (c.start > cursor) out.push({ start: cursor, end: Math.min(c.start, iv.end) });
    cursor = Math.max(cursor, c.end);
    if (cursor >= iv.end) break;
  }
  if (cursor < iv.end) out.push({ start: cursor, end: iv.end });
  return out;
}

export function evaluateDutyPeriod(input: DutyCheckInput): DutyCheck {
  const { names } = input;
  const periodStart = cstToMinutes(`${input.from} 00:00`);
  const periodEnd = cstToMinutes(`${addDays(input.to, 1)} 00:00`);
  const now = cstToMinutes(input.now);
  const name = (id: string) => names.get(id) ?? input.missingName ?? '';
  const held = input.slots.filter((s) => s.personId !== '' && names.has(s.personId) && isCstDateTime(s.start) && isCstDateTime(s.end));
  const coverage = checkCoverage({
    from: `${input.from} 00:00`,
    to: `${addDays(input.to, 1)} 00:00`,
    assignments: held.map((s) => ({ personId: s.personId, start: cstToMinutes(s.start), end: cstToMinutes(s.end) })),
  });

  const log = (input.log ?? [])
    .filter((e) => names.has(e.personId) && isCstDateTime(e.start) && isCstDateTime(e.end))
    .map((e) => ({ personId: e.personId, start: cstToMinutes(e.start), end: cstToMinutes(e.end) }))
    .filter((e) => e.end > e.start)
    .sort((x, y) => x.start - y.start);

  // Each planned gap: the parts a 值班记录 covers, and what is left, split at now.
  const gaps: DutyGap[] = [];
  const coveredByLog: DutyLogCover[] = [];
  for (const g of coverage.gaps) {
    const iv = { start: cstToMinutes(g.start), end: cstToMinutes(g.end) };
    const touching = log.filter((e) => e.start < iv.end && e.end > iv.start);
    const left = subtract(iv, touching);
    for (const c of subtract(iv, left)) {
      const who = [...new Set(touching.filter((e) => e.start < c.end && e.end > c.start).map((e) => name(e.personId)))];
      coveredByLog.push({ start: minutesToCst(c.start), end: minutesToCst(c.end), names: who });
    }
    // A gap under way is split at now: what has happened is past, the rest is still open.
    const gap = (start: number, end: number, state: DutyGap['state']) =>
      gaps.push({ start: minutesToCst(start), end: minutesToCst(end), minutes: end - start, state });
    for (const l of left) {
      if (l.end <= now) gap(l.start, l.end, 'past');
      else if (l.start >= now) gap(l.start, l.end, 'open');
      else {
        gap(l.start, now, 'past');
        gap(now, l.end, 'open');
      }
    }
  }

  const unlogged = input.log
    ? held
        .filter((s) => {
          const start = cstToMinutes(s.start);
          const end = cstToMinutes(s.end);
          return start >= periodStart && end <= Math.min(now, periodEnd) && !log.some((e) => e.start < end && e.end > start);
        })
        .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0))
    : [];

  const findings: Finding[] = [
    ...gaps.filter((g) => g.state === 'open').map((g) => ({ status: 'error' as const, text: formatGap(g) })),
    ...gaps.filter((g) => g.state === 'past').map((g) => ({ status: 'warn' as const, text: formatPastGap(g), short: formatGap(g) })),
    ...coverage.overlaps.map((o) => ({ status: 'warn' as const, text: formatOverlap(o, name(o.personId)) })),
    ...coverage.longStretches.map((s) => ({ status: 'warn' as const, text: formatLongStretch(s, name(s.personId)) })),
    ...coverage.shortRests.map((r) => ({ status: 'warn' as const, text: formatShortRest(r, name(r.personId)) })),
    ...(unlogged.length > 0 ? [{ status: 'warn' as const, text: formatUnlogged(unlogged) }] : []),
  ];
  const lines = [...(gaps.length === 0 ? [COVERED_LINE] : []), ...findings.map((f) => f.text), ...coveredByLog.map(formatLogCover)];
  return { from: input.from, to: input.to, now: input.now, coverage, gaps, coveredByLog, unlogged, findings, lines };
}
