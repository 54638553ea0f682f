import { daysBetween } from '../records/dates';
import type { ComplianceSummary, Deadline } from './summary';
import { expiryText } from './dueText';
import { dutyRosterDeadlines } from './dutyRoster';
import type { ComplianceInput } from './input';
import { licenseName } from './licenses';
import { filingDeadlines } from './serverFiling';
import { spaceDeadlines } from './customerSpaces';
import { monthlyReportDeadlines } from './monthlyReport';

/** Licenses are listed this many days ahead of their 有效期至 (the rows turn amber at 60). */
export const LICENSE_DEADLINE_HORIZON_DAYS = 90;
/** Dates kept in the summary; deadlinesTotal says how many there are in all. */
export const MAX_DEADLINES = 50;

/** 营业执照 and 电信业务经营许可证 whose 有效期至 is at most 90 days away (or already past). */
export function licenseDeadlines(licenses: ComplianceInput['licenses'], today: string, article: string): Deadline[] {
  return licenses
    .filter((l) => (l.kind === '营业执照' || l.kind === '电信业务经营许可证') && !l.longTerm && l.validTo !== '')
    .map((l) => ({ l, daysLeft: daysBetween(today, l.validTo) }))
    .filter(({ daysLeft }) => daysLeft <= LICENSE_DEADLINE_HORIZON_DAYS)
    .map(({ l, daysLeft }) => ({
      date: l.validTo,
      text: `${licenseName(l)} 有效期至 ${l.validTo}：${expiryText(daysLeft)}（${article}）`,
      article,
      screen: 'licenses' as const,
      recordId: l.id,
    }));
}

/** The next dates, soonest first (past ones first of all: they are the most urgent). */
export function collectDeadlines(
  input: ComplianceInput,
  today: string,
  opts: { servers: boolean; licenseArticle: string | null; dutyRoster?: boolean; customerSpaces?: boolean; monthlyReport?: boolean },
): Pick<ComplianceSummary, 'deadlines' | 'deadlinesTotal'> {
  const all = [
    ...(opts.servers ? filingDeadlines(input.servers, today) : []),
    ...(opts.licenseArticle ? licenseDeadlines(input.licenses, today, opts.licenseArticle) : []),
    ...(opts.dutyRoster ? dutyRosterDeadlines(input.dutyRoster, today) : []),
    ...(opts.customerSpaces && input.customerSpaces ? spaceDeadlines(input.customerSpaces, today) : []),
    ...(opts.monthlyReport && input.monthlyReport ? monthlyReportDeadlines(input.monthlyReport, today) : []),
  ].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
  return { deadlines: all.slice(0, MAX_DEADLINES), deadlinesTotal: all.length };
}
