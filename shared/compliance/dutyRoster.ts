import {
  addDays,
  checkCoverage,
  cstToMinutes,
  datePart,
  daysBetween,
  DEFAULT_MAX_CONTINUOUS_HOURS,
  DEFAULT_MIN_REST_HOURS,
  formatGap,
  formatLongStretch,
  formatOverlap,
  formatShortRest,
  isCstDateTime,
  type CstDateTime,
} from '../dutyRoster';
import type { StoredPerson } from '../records/person';
import type { ComplianceRow, Deadline } from './summary';
import { buildRow, type Finding } from './finding';
import type { ComplianceDutyRoster } from './input';

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

/** The dates of the slots the rule needs for `today`: from the day before (a night shift runs into today) to the end of the month. */
export function rosterPeriod(today: string): { from: string; to: string } {
  return { from: addDays(today, -1), to: monthEnd(today) };
}

function missingSettings(settings: ComplianceDutyRoster['settings']): string[] {
  if (!settings) return ['尚未保存值班电话、班次和轮换'];
  const missing: string[] = [];
  if (settings.dutyPhone.trim() === '') missing.push('未设置值班电话');
  if (settings.shifts.length === 0) missing.push('未设置班次');
  if (settings.rotation.length === 0) missing.push('未设置轮换（值班人员）');
  return missing;
}

/**
 * 第十三条（二）: 落实专人二十四小时值班制度. For an IDC机房服务单位: 值班电话, 班次 and 轮换 set up, and every
 * minute from now (China Standard Time) to the end of the month held by someone in 人员. A 未覆盖时段 is red;
 * 重复排班, more than 16 hours on duty in a row or less than 8 hours' rest are amber. People are named by name only.
 */
export function dutyRosterRow(roster: ComplianceDutyRoster | null, people: readonly Pick<StoredPerson, 'id' | 'name'>[], today: string): ComplianceRow {
  const missing = missingSettings(roster?.settings ?? null);
  if (!roster || missing.length > 0) {
    return buildRow(HEAD, missing.map((text) => ({ status: 'error', text })), { ok: '', problem: NO_DUTY_ROSTER });
  }

  const { to: lastDay } = rosterPeriod(today);
  const from: CstDateTime = roster.at && isCstDateTime(roster.at) && datePart(roster.at) === today ? roster.at : `${today} 00:00`;
  const to: CstDateTime = `${addDays(lastDay, 1)} 00:00`;
  const names = new Map(people.map((p) => [p.id, p.name]));
  // Only a slot held by someone in 人员 covers its time (a 请假 nobody covers, or a removed person, does not).
  const assignments = roster.slots
    .filter((s) => s.personId !== '' && names.has(s.personId) && isCstDateTime(s.start) && isCstDateTime(s.end))
    .map((s) => ({ personId: s.personId, start: cstToMinutes(s.start), end: cstToMinutes(s.end) }));
  const coverage = checkCoverage({ from, to, assignments });
  const name = (id: string) => names.get(id) ?? '';

  const findings: Finding[] = [
    ...coverage.gaps.map((g) => ({ status: 'error' as const, text: formatGap(g) })),
    ...coverage.overlaps.map((o) => ({ status: 'warn' as const, text: formatOverlap(o, name(o.personId)) })),
    ...coverage.longStretches.map((s) => ({ status: 'warn' as const, text: formatLongStretch(s, name(s.personId)) })),
    ...coverage.shortRests.map((r) => ({ status: 'warn' as const, text: formatShortRest(r, name(r.personId)) })),
  ];

  let problem: string | undefined;
  if (coverage.gaps.length > 0) {
    const monthStart = `${today.slice(0, 7)}-01`;
    const rest = roster.slots.filter((s) => s.date >= today && s.date <= lastDay);
    const lastGenerated = rest.reduce((max, s) => (s.date > max ? s.date : max), '');
    let lead = '';
    if (rest.length === 0) {
      const through = roster.generatedThrough;
      lead = through >= monthStart && through < today ? `本月排班只生成到 ${through}；` : '本月尚未生成排班；';
    } else if (lastGenerated < lastDay) {
      lead = `本月排班只生成到 ${lastGenerated}；`;
    }
    const n = coverage.gaps.length;
    const shown = coverage.gaps.slice(0, GAPS_IN_MESSAGE).map(formatGap).join('；');
    problem = `${lead}未覆盖时段 ${n} 个：${shown}${n > GAPS_IN_MESSAGE ? ' 等' : ''}`;
  } else if (findings.length > 0) {
    const parts = [
      coverage.overlaps.length > 0 ? `重复排班 ${coverage.overlaps.length} 处` : '',
      coverage.longStretches.length > 0 ? `连续值班超过 ${DEFAULT_MAX_CONTINUOUS_HOURS} 小时 ${coverage.longStretches.length} 次` : '',
      coverage.shortRests.length > 0 ? `两班之间休息不足 ${DEFAULT_MIN_REST_HOURS} 小时 ${coverage.shortRests.length} 次` : '',
    ].filter((p) => p !== '');
    problem = `本月值班全时段覆盖，但有${parts.join('、')}`;
  }
  return buildRow(HEAD, findings, { ok: '本月值班全时段覆盖（24×7）', ...(problem ? { problem } : {}) });
}

/** The end of the generated roster, when it is at most 7 days away (or already past): time to generate the next month. */
export function dutyRosterDeadlines(roster: ComplianceDutyRoster | null, today: string): Deadline[] {
  const end = roster?.generatedThrough ?? '';
  if (end === '' || daysBetween(today, end) > ROSTER_DEADLINE_DAYS) return [];
  return [{ date: end, text: `值班表排到 ${end}，请生成下月排班（${DUTY_ROSTER_ARTICLE}）`, article: DUTY_ROSTER_ARTICLE, screen: 'dutyRoster' }];
}
