// 第十三条（三）: the changed filing data is reported every month before the 20th. From the 15th the previous
// month's 月度变更报告 shows amber while it is not recorded as reported; after the 20th red. A month without
// any change needs no report.
import { MONTHLY_REPORT_DUE_DAY, MONTHLY_REPORT_REMIND_DAY, defaultReportMonth } from '../reports/monthlyReport';
import type { ComplianceRow, Deadline } from './summary';
import { buildRow, type Finding } from './finding';
import type { ComplianceMonthlyReport } from './input';

const HEAD = { article: '第十三条（三）', topic: '每月二十日前报送有变更的备案资料', screen: 'changes' } as const;

const monthText = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
const dueDate = (today: string) => `${today.slice(0, 7)}-${String(MONTHLY_REPORT_DUE_DAY).padStart(2, '0')}`;

/** Whether the previous month's report is still to be submitted on `today`. */
function outstanding(r: ComplianceMonthlyReport, today: string): { month: string } | null {
  const month = defaultReportMonth(today);
  if (r.reportedMonths.some((m) => m >= month)) return null;
  if (r.changesBeforeMonthEnd === 0) return null;
  return { month };
}

export function article13MonthlyRow(r: ComplianceMonthlyReport, today: string): ComplianceRow {
  const due = outstanding(r, today);
  const day = Number(today.slice(8, 10));
  const month = defaultReportMonth(today);
  const findings: Finding[] = [];
  if (due && day >= MONTHLY_REPORT_REMIND_DAY) {
    const late = day > MONTHLY_REPORT_DUE_DAY;
    findings.push({
      status: late ? 'error' : 'warn',
      text: late
        ? `${monthText(month)}的月度变更报告已过本月${MONTHLY_REPORT_DUE_DAY}日的报送期限，尚未记为已报送`
        : `月度变更报告应于本月${MONTHLY_REPORT_DUE_DAY}日前报送（${monthText(month)}的变更尚未报送）`,
      due: dueDate(today),
    });
  }
  const ok = due
    ? `${monthText(month)}的月度变更报告应于本月${MONTHLY_REPORT_DUE_DAY}日前报送`
    : r.reportedMonths.some((m) => m >= month)
      ? `${monthText(month)}的月度变更报告已报送`
      : `${monthText(month)}及以前没有待报送的变更`;
  return buildRow(HEAD, findings, { ok });
}

/** The 20th, from the 15th on, while last month's report is outstanding. */
export function monthlyReportDeadlines(r: ComplianceMonthlyReport, today: string): Deadline[] {
  if (!outstanding(r, today) || Number(today.slice(8, 10)) < MONTHLY_REPORT_REMIND_DAY) return [];
  return [
    {
      date: dueDate(today),
      text: `${monthText(defaultReportMonth(today))}的月度变更报告：本月${MONTHLY_REPORT_DUE_DAY}日前报送（第十三条（三））`,
      article: '第十三条（三）',
      screen: 'changes',
    },
  ];
}
