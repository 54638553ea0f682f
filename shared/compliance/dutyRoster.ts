import { addDays, datePart, daysBetween, DEFAULT_MAX_CONTINUOUS_HOURS, DEFAULT_MIN_REST_HOURS, formatGap, isCstDateTime, type CstDateTime } from '../dutyRoster';
import type { StoredPerson } from '../records/person';
import type { ComplianceRow, Deadline } from './summary';
import { buildRow } from './finding';
import type { ComplianceDutyRoster } from './input';
import { evaluateDutyPeriod, formatUnlogged, type DutyCheck, type DutyGap } from './dutyCheck';

export const DUTY_ROSTER_ARTICLE = '第十三条（二）';
/** The row's message when 值班电话, 班次 or 轮换 is missing. */
export const NO_DUTY_ROSTER = `尚未建立二十四小时值班表（${DUTY_ROSTER_ARTICLE}）`;
/** A generated roster that ends within this many days is listed among the deadlines. */
export const ROSTER_DEADLINE_DAYS = 7;
/** 未覆盖时段 named in the row's message; the details list them all (up to MAX_DETAILS). */
export const GAPS_IN_MESSAGE = 3;

const HEAD = { article: DUTY_ROSTER_ARTICLE, topic: '专人二十四小时值班', screen: 'dutyRoster' } as const;

/** The last day of the month `date` is in. */
function monthEnd(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const next = m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${date.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** The whole calendar month 'YYYY-MM' as dates: its 1st and its last day. */
export function dutyMonthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: monthEnd(from) };
}

/**
 * The dates of the slots the rule needs for the month `today` is in (or `month`): from the day before the 1st
 * (its night shift runs into the month) to the last day.
 */
export function rosterPeriod(today: string, month: string = today.slice(0, 7)): { from: string; to: string } {
  const { from, to } = dutyMonthRange(month);
  return { from: addDays(from, -1), to };
}

function missingSettings(settings: ComplianceDutyRoster['settings']): string[] {
  if (!settings) return ['尚未保存值班电话、班次和轮换'];
  const missing: string[] = [];
  if (settings.dutyPhone.trim() === '') missing.push('未设置值班电话');
  if (settings.shifts.length === 0) missing.push('未设置班次');
  if (settings.rotation.length === 0) missing.push('未设置轮换（值班人员）');
  return missing;
}

/** Now as the rule sees it: `at` when it falls on `today`, otherwise 00:00 of `today` (asking about another day). */
export function dutyRuleNow(roster: Pick<ComplianceDutyRoster, 'at'> | null, today: string): CstDateTime {
  return roster?.at && isCstDateTime(roster.at) && datePart(roster.at) === today ? roster.at : `${today} 00:00`;
}

/**
 * The one evaluation of the month the roster was read for (ComplianceDutyRoster.month, default `today`'s month):
 * what 概览, 完整性检查, the 值班表 screen and 03 all show.
 */
export function evaluateDutyMonth(roster: ComplianceDutyRoster, people: readonly Pick<StoredPerson, 'id' | 'name'>[], today: string): DutyCheck {
  const { from, to } = dutyMonthRange(roster.month ?? today.slice(0, 7));
  return evaluateDutyPeriod({
    from,
    to,
    now: dutyRuleNow(roster, today),
    slots: roster.slots,
    names: new Map(people.map((p) => [p.id, p.name])),
    ...(roster.log ? { log: roster.log } : {}),
  });
}

const monthWord = (month: string, today: string) => (month === today.slice(0, 7) ? '本月' : `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`);

/**
 * 第十三条（二）: 落实专人二十四小时值班制度. For an IDC机房服务单位: 值班电话, 班次 and 轮换 set up, and every
 * minute of the month (Beijing time, past days included) held by someone in 人员 or, once past, recorded in
 * the 值班记录. A 未覆盖时段 still ahead is red; one already past, 重复排班, more than 16 hours on duty in a row,
 * less than 8 hours' rest and ended shifts with no 值班记录 are amber. People are named by name only.
 */
export function dutyRosterRow(roster: ComplianceDutyRoster | null, people: readonly Pick<StoredPerson, 'id' | 'name'>[], today: string): ComplianceRow {
  const missing = missingSettings(roster?.settings ?? null);
  if (!roster || missing.length > 0) {
    return buildRow(HEAD, missing.map((text) => ({ status: 'error', text })), { ok: '', problem: NO_DUTY_ROSTER });
  }
  const month = roster.month ?? today.slice(0, 7);
  const word = monthWord(month, today);
  const check = evaluateDutyMonth(roster, people, today);
  const open = check.gaps.filter((g) => g.state === 'open');
  const past = check.gaps.filter((g) => g.state === 'past');
  const list = (gaps: readonly DutyGap[]) =>
    `${gaps.slice(0, GAPS_IN_MESSAGE).map(formatGap).join('；')}${gaps.length > GAPS_IN_MESSAGE ? ' 等' : ''}`;

  const parts: string[] = [];
  if (open.length > 0) {
    const { from: monthStart, to: lastDay } = dutyMonthRange(month);
    const nowDay = datePart(check.now) < monthStart ? monthStart : datePart(check.now);
    const rest = roster.slots.filter((s) => s.date >= nowDay && s.date <= lastDay);
    const lastGenerated = rest.reduce((max, s) => (s.date > max ? s.date : max), '');
    let lead = '';
    if (nowDay <= lastDay) {
      if (rest.length === 0) {
        const through = roster.generatedThrough;
        lead = through >= monthStart && through < nowDay ? `${word}排班只生成到 ${through}；` : `${word}尚未生成排班；`;
      } else if (lastGenerated < lastDay) {
        lead = `${word}排班只生成到 ${lastGenerated}；`;
      }
    }
    parts.push(`${lead}未覆盖时段 ${open.length} 个：${list(open)}`);
  }
  if (past.length > 0) parts.push(`已过去的未覆盖时段 ${past.length} 个（请在值班记录中登记实际值班人员）：${list(past)}`);

  let problem: string | undefined;
  if (parts.length > 0) problem = parts.join('；');
  else if (check.findings.length > 0) {
    const c = check.coverage;
    const more = [
      c.overlaps.length > 0 ? `重复排班 ${c.overlaps.length} 处` : '',
      c.longStretches.length > 0 ? `连续值班超过 ${DEFAULT_MAX_CONTINUOUS_HOURS} 小时 ${c.longStretches.length} 次` : '',
      c.shortRests.length > 0 ? `两班之间休息不足 ${DEFAULT_MIN_REST_HOURS} 小时 ${c.shortRests.length} 次` : '',
      check.unlogged.length > 0 ? formatUnlogged(check.unlogged) : '',
    ].filter((p) => p !== '');
    problem = `${word}值班全时段覆盖，但有${more.join('、')}`;
  }
  return buildRow(HEAD, check.findings, { ok: `${word}值班全时段覆盖（24×7）`, ...(problem ? { problem } : {}) });
}

/** The end of the generated roster, when it is at most 7 days away (or already past): time to generate the next month. */
export function dutyRosterDeadlines(roster: ComplianceDutyRoster | null, today: string): Deadline[] {
  const end = roster?.generatedThrough ?? '';
  if (end === '' || daysBetween(today, end) > ROSTER_DEADLINE_DAYS) return [];
  return [{ date: end, text: `值班表排到 ${end}，请生成下月排班（${DUTY_ROSTER_ARTICLE}）`, article: DUTY_ROSTER_ARTICLE, screen: 'dutyRoster' }];
}
