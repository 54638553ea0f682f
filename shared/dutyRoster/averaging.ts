/**
 * 综合计算工时工作制: a unit approved for it (劳部发〔1994〕503号《关于企业实行不定时工作制和综合计算工时工作制的审批办法》)
 * has its hours judged over an averaging period (周, 月, 季 or 年) instead of 8 a day and 40 a week: 第五条 asks that
 * the average daily and weekly hours stay "基本相同" with the legal standard. The standard hours of a period follow
 * 劳社部发〔2008〕3号《关于职工全年月平均工作时间和工资折算问题的通知》: 250 working days a year, 62.5 a quarter, 20.83
 * a month, 8 hours each (2000 / 500 / 166.64 hours); a week is 40 hours (国务院《关于职工工作时间的规定》第三条).
 * Still as the law says: at least one rest day a week (《劳动法》第三十八条), and overtime — the hours over the
 * period's standard — at most 36 hours a month (《劳动法》第四十一条), i.e. 36 × the months of the period.
 */
import { dateOfDayNumber, dayNumber } from './time';
import {
  asIndex,
  EMPTY,
  MAX_OVERTIME_MONTH_HOURS,
  monthDays,
  restDayReminder,
  roundHours,
  weekOf,
  weeksOfMonth,
  WORK_TIME_SOURCES,
  workTimeReminders,
  type WorkIndex,
  type WorkInterval,
  type WorkTimeReminder,
} from './workingTime';

export const AVERAGING_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type AveragingPeriod = (typeof AVERAGING_PERIODS)[number];
export const AVERAGING_PERIOD_LABELS: Record<AveragingPeriod, string> = { week: '周', month: '月', quarter: '季', year: '年' };

/** The legal standard hours of one period (劳社部发〔2008〕3号; a week: 40). */
export const PERIOD_STANDARD_HOURS: Record<AveragingPeriod, number> = { week: 40, month: 166.64, quarter: 500, year: 2000 };
const PERIOD_MONTHS: Record<Exclude<AveragingPeriod, 'week'>, number> = { month: 1, quarter: 3, year: 12 };

export const AVERAGING_SOURCE = '劳部发〔1994〕503号第五条、劳社部发〔2008〕3号';

interface Period {
  first: number;
  last: number;
  label: string;
}

const md = (d: number) => dateOfDayNumber(d).slice(5);

/**
 * The periods `month` judges: the weeks whose Thursday falls in it (as ISO 8601 numbers weeks, so a week across a
 * month end belongs to one month), or the month, its quarter or its year.
 */
export function averagingPeriods(month: string, period: AveragingPeriod): Period[] {
  const { first, last } = monthDays(month);
  if (period === 'week') {
    const out: Period[] = [];
    for (let w = weekOf(first); w <= last; w += 7) {
      if (w + 3 < first || w + 3 > last) continue;
      out.push({ first: w, last: w + 6, label: `${md(w)}至${md(w + 6)} 一周` });
    }
    return out;
  }
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (period === 'month') return [{ first, last, label: `${year}年${m}月` }];
  if (period === 'quarter') {
    const q = Math.ceil(m / 3);
    const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}`;
    const to = `${year}-${String(q * 3).padStart(2, '0')}`;
    return [{ first: monthDays(from).first, last: monthDays(to).last, label: `${year}年第${'一二三四'[q - 1]}季度（${from.slice(5)}-01至${md(monthDays(to).last)}）` }];
  }
  return [{ first: dayNumber(`${year}-01-01`), last: dayNumber(`${year}-12-31`), label: `${year}年` }];
}

/** The dates the work index must cover to judge `month` under `period` (every period it judges, whole). */
export function averagingSpan(month: string, period: AveragingPeriod): { from: string; to: string } {
  const ps = averagingPeriods(month, period);
  const { first, last } = monthDays(month);
  const from = Math.min(first, ...ps.map((p) => p.first));
  const to = Math.max(last, ...ps.map((p) => p.last));
  return { from: dateOfDayNumber(from), to: dateOfDayNumber(to) };
}

/**
 * The reminders of `month` under 综合计算工时工作制 with `period`: each period over its standard hours, the overtime of
 * the month's periods over 36 h a month, and weeks without a rest day. No 8-hours-a-day reminder: the day is averaged.
 */
export function averagedReminders(work: WorkIndex | readonly WorkInterval[], month: string, people: readonly string[], period: AveragingPeriod): WorkTimeReminder[] {
  const index = asIndex(work);
  const periods = averagingPeriods(month, period);
  const { first, last } = monthDays(month);
  const limit = PERIOD_STANDARD_HOURS[period] * 60;
  const name = AVERAGING_PERIOD_LABELS[period];
  const out: WorkTimeReminder[] = [];
  for (const personId of people) {
    const { day } = index.byPerson.get(personId) ?? EMPTY;
    let overtime = 0;
    for (const p of periods) {
      let minutes = 0;
      for (let d = p.first; d <= p.last; d++) minutes += day.get(d) ?? 0;
      if (minutes > limit) {
        overtime += minutes - limit;
        out.push({
          personId,
          kind: 'average',
          source: AVERAGING_SOURCE,
          text: `${p.label}排班 ${roundHours(minutes)} 小时，超过综合计算工时（按${name}）的法定标准 ${PERIOD_STANDARD_HOURS[period]} 小时`,
        });
      }
    }
    const months = period === 'week' ? 1 : PERIOD_MONTHS[period];
    const cap = MAX_OVERTIME_MONTH_HOURS * months * 60;
    if (overtime > cap) {
      const where = period === 'week' ? '本月各周' : periods[0]!.label;
      const capText = months === 1 ? `每月 ${MAX_OVERTIME_MONTH_HOURS} 小时` : `每月 ${MAX_OVERTIME_MONTH_HOURS} 小时（${months} 个月合计 ${MAX_OVERTIME_MONTH_HOURS * months} 小时）`;
      out.push({ personId, kind: 'overtime', source: WORK_TIME_SOURCES.overtime, text: `${where}加班约 ${roundHours(overtime)} 小时，超过${capText}` });
    }
    // 《劳动法》第三十八条 still holds: the whole weeks inside the month, as under the standard system.
    for (const { from, to, minutes, rest } of weeksOfMonth(first, last, day)) {
      const r = restDayReminder(personId, from, to, minutes, rest);
      if (r) out.push(r);
    }
  }
  return out;
}

/** The reminders of `month` under the unit's system: the standard one, or 综合计算工时 with its period. */
export function remindersUnder(work: WorkIndex | readonly WorkInterval[], month: string, people: readonly string[], averaging: AveragingPeriod | null): WorkTimeReminder[] {
  return averaging ? averagedReminders(work, month, people, averaging) : workTimeReminders(work, month, people);
}
