/**
 * 工时统计 and the working-time reminders of a month's roster. Reminders only, each with its source; they never
 * block the filing package:
 *   - 8 hours a day, 40 a week under the standard system: 国务院《关于职工工作时间的规定》第三条;
 *   - at least one rest day a week: 《劳动法》第三十八条;
 *   - overtime at most 36 hours a month: 《劳动法》第四十一条;
 *   - 24×7 needs 168 h a week: at 40 h each, ceil(168 / 40) = 5 people at least.
 * Time is China Standard Time minute counts; a shift's minutes are split at midnight onto the days they fall on.
 */
import { addDays, dateOfDayNumber, dayNumber, MINUTES_PER_DAY } from './time';

export const WORK_TIME_SOURCES = {
  daily: '国务院《关于职工工作时间的规定》第三条',
  weekly: '国务院《关于职工工作时间的规定》第三条',
  restDay: '《劳动法》第三十八条',
  overtime: '《劳动法》第四十一条',
} as const;
export const STANDARD_DAY_HOURS = 8;
export const STANDARD_WEEK_HOURS = 40;
export const MAX_OVERTIME_MONTH_HOURS = 36;
export const WEEK_HOURS_24X7 = 168;
/** The smallest team that can cover 24×7 within 40 hours a week each: 168 / 40 → 5. */
export const MIN_TEAM_24X7 = Math.ceil(WEEK_HOURS_24X7 / STANDARD_WEEK_HOURS);

export interface WorkInterval {
  personId: string;
  /** CST minute counts, [start, end). */
  start: number;
  end: number;
}

export interface HoursBalance {
  personId: string;
  /** Shifts starting in the month. */
  shifts: number;
  /** Hours on duty inside the month. */
  hours: number;
  /** Of which between 22:00 and 06:00. */
  nightHours: number;
  /** Days of the month with no minute on duty. */
  restDays: number;
  /** Shifts starting on a Saturday or Sunday. */
  weekendShifts: number;
}

export interface WorkTimeReminder {
  personId: string;
  /** average: the hours of a 综合计算工时 period over its legal standard (averaging.ts). */
  kind: 'daily' | 'weekly' | 'restDay' | 'overtime' | 'average';
  source: string;
  /** Without the person's name (the caller prefixes it). */
  text: string;
}

const NIGHT_START = 22 * 60;
const NIGHT_END = 6 * 60;
export const roundHours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;
const round = roundHours;
/** 0 = Monday … 6 = Sunday (1970-01-01, day 0, was a Thursday). */
export const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;
export const weekOf = (day: number): number => day - weekday(day);

/** Day numbers of the 1st and the last day of 'YYYY-MM' (the 28th + 4 days is always in the next month). */
export function monthDays(month: string): { first: number; last: number } {
  return { first: dayNumber(`${month}-01`), last: dayNumber(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`) - 1 };
}

/** Minutes per day number of one person's intervals, and night minutes per day. */
function perDay(ivs: readonly WorkInterval[]): { day: Map<number, number>; night: Map<number, number> } {
  const day = new Map<number, number>();
  const night = new Map<number, number>();
  const add = (m: Map<number, number>, k: number, v: number) => v > 0 && m.set(k, (m.get(k) ?? 0) + v);
  for (const iv of ivs) {
    for (let d = Math.floor(iv.start / MINUTES_PER_DAY); d * MINUTES_PER_DAY < iv.end; d++) {
      const base = d * MINUTES_PER_DAY;
      const s = Math.max(iv.start, base) - base;
      const e = Math.min(iv.end, base + MINUTES_PER_DAY) - base;
      add(day, d, e - s);
      add(night, d, Math.max(0, Math.min(e, NIGHT_END) - s) + Math.max(0, e - Math.max(s, NIGHT_START)));
    }
  }
  return { day, night };
}

/** Each person's minutes per day, night minutes per day and shift starts: built once, read for every month. */
export interface WorkIndex {
  byPerson: Map<string, { day: Map<number, number>; night: Map<number, number>; starts: number[] }>;
}

export function indexWork(intervals: readonly WorkInterval[]): WorkIndex {
  const grouped = new Map<string, WorkInterval[]>();
  for (const i of intervals) {
    const list = grouped.get(i.personId);
    if (list) list.push(i);
    else grouped.set(i.personId, [i]);
  }
  const byPerson: WorkIndex['byPerson'] = new Map();
  for (const [personId, list] of grouped) byPerson.set(personId, { ...perDay(list), starts: list.map((i) => i.start) });
  return { byPerson };
}

export const asIndex = (w: WorkIndex | readonly WorkInterval[]): WorkIndex => ('byPerson' in w ? w : indexWork(w));
export const EMPTY = { day: new Map<number, number>(), night: new Map<number, number>(), starts: [] as number[] };

/** 工时统计 of `month` ('YYYY-MM') for each person in `people` order (those with no shift too). */
export function hoursBalance(work: WorkIndex | readonly WorkInterval[], month: string, people: readonly string[]): HoursBalance[] {
  const { first, last } = monthDays(month);
  const index = asIndex(work);
  return people.map((personId) => {
    const { day, night, starts } = index.byPerson.get(personId) ?? EMPTY;
    let minutes = 0;
    let nightMinutes = 0;
    let restDays = 0;
    for (let d = first; d <= last; d++) {
      minutes += day.get(d) ?? 0;
      nightMinutes += night.get(d) ?? 0;
      if (!day.has(d)) restDays++;
    }
    const starting = starts.map((m) => Math.floor(m / MINUTES_PER_DAY)).filter((d) => d >= first && d <= last);
    const weekendShifts = starting.filter((d) => weekday(d) >= 5).length;
    return { personId, shifts: starting.length, hours: round(minutes), nightHours: round(nightMinutes), restDays, weekendShifts };
  });
}

/**
 * The reminders of `month` under the standard working-time system: per person, days over 8 hours, weeks
 * (Monday–Sunday, the days inside the month) over 40 hours or without a rest day, and overtime (the hours over
 * 40 in each week, summed over the month) over 36 hours.
 */
export function workTimeReminders(work: WorkIndex | readonly WorkInterval[], month: string, people: readonly string[]): WorkTimeReminder[] {
  const { first, last } = monthDays(month);
  const index = asIndex(work);
  const out: WorkTimeReminder[] = [];
  for (const personId of people) {
    const { day } = index.byPerson.get(personId) ?? EMPTY;
    let longDays = 0;
    for (let d = first; d <= last; d++) if ((day.get(d) ?? 0) > STANDARD_DAY_HOURS * 60) longDays++;
    if (longDays > 0) {
      out.push({ personId, kind: 'daily', source: WORK_TIME_SOURCES.daily, text: `${longDays} 天工作超过 ${STANDARD_DAY_HOURS} 小时` });
    }
    let overtime = 0;
    for (const { from, to, minutes, rest } of weeksOfMonth(first, last, day)) {
      const span = `${dateOfDayNumber(from).slice(5)}至${dateOfDayNumber(to).slice(5)}`;
      if (minutes > STANDARD_WEEK_HOURS * 60) {
        overtime += minutes - STANDARD_WEEK_HOURS * 60;
        out.push({ personId, kind: 'weekly', source: WORK_TIME_SOURCES.weekly, text: `${span} 一周工作 ${round(minutes)} 小时，超过 ${STANDARD_WEEK_HOURS} 小时` });
      }
      const noRest = restDayReminder(personId, from, to, minutes, rest);
      if (noRest) out.push(noRest);
    }
    if (overtime > MAX_OVERTIME_MONTH_HOURS * 60) {
      out.push({ personId, kind: 'overtime', source: WORK_TIME_SOURCES.overtime, text: `本月加班约 ${round(overtime)} 小时，超过每月 ${MAX_OVERTIME_MONTH_HOURS} 小时` });
    }
  }
  return out;
}

/** 《劳动法》第三十八条 under any working-time system: a whole week (Monday–Sunday) with work on every day. */
/** The weeks (Monday–Sunday) cut to the days first..last: worked minutes and days without work in each. */
export function* weeksOfMonth(first: number, last: number, day: ReadonlyMap<number, number>): Generator<{ from: number; to: number; minutes: number; rest: number }> {
  for (let w = weekOf(first); w <= last; w += 7) {
    const from = Math.max(w, first);
    const to = Math.min(w + 6, last);
    let minutes = 0;
    let rest = 0;
    for (let d = from; d <= to; d++) {
      minutes += day.get(d) ?? 0;
      if (!day.has(d)) rest++;
    }
    yield { from, to, minutes, rest };
  }
}

export function restDayReminder(personId: string, from: number, to: number, minutes: number, restDays: number): WorkTimeReminder | null {
  if (to - from !== 6 || restDays > 0 || minutes === 0) return null;
  const span = `${dateOfDayNumber(from).slice(5)}至${dateOfDayNumber(to).slice(5)}`;
  return { personId, kind: 'restDay', source: WORK_TIME_SOURCES.restDay, text: `${span} 一周没有休息日` };
}

/** "轮换只有 3 人：24×7 值班每周 168 小时，按每人每周 40 小时至少需要 5 人（…）"; null with enough people. */
export function teamSizeReminder(rotationSize: number): string | null {
  if (rotationSize <= 0 || rotationSize >= MIN_TEAM_24X7) return null;
  return `轮换只有 ${rotationSize} 人：24×7 值班每周 ${WEEK_HOURS_24X7} 小时，按每人每周 ${STANDARD_WEEK_HOURS} 小时至少需要 ${MIN_TEAM_24X7} 人（${WORK_TIME_SOURCES.weekly}）`;
}
