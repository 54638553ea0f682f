import { licenseExpiry } from '../records/license';
import type { ComplianceSummary, Deadline } from './summary';
import { expiryText } from './dueText';
import { dutyRosterDeadlines } from './dutyRoster';
import type { ComplianceInput } from './input';
import { licenseName } from './licenses';
import { filingDeadlines } from './serverFiling';
import { spaceDeadlines } from './customerSpaces';
import { monthlyReportDeadlines } from './monthlyReport';

/** Dates kept in the summary; deadlinesTotal says how many there are in all. */
export const MAX_DEADLINES = 50;

/** Every license, of any kind, that its kind's expiry window flags (expired or expiring): the same rule as 证照 and 概览's rows. */
export function licenseDeadlines(licenses: ComplianceInput['licenses'], today: string, article: string): Deadline[] {
  return licenses.flatMap((l) => {
    const e = licenseExpiry(l, today);
    if (e.state !== 'expiring' && e.state !== 'expired') return [];
    const daysLeft = e.state === 'expired' ? -e.daysAgo : e.daysLeft;
    return [
      {
        date: l.validTo,
        text: `${licenseName(l)} 有效期至 ${l.validTo}：${expiryText(daysLeft)}（${article}）`,
        article,
        screen: 'licenses' as const,
        recordId: l.id,
      },
    ];
  });
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
