// 月度变更报告 over the open workspace: the report of a month, its PDF and .xlsx, and the record of what was
// reported (monthly_report), so the next report starts where this one ended.
import { ApiError } from '../../../shared/api/errors';
import { unendedMonthMessage, type MonthlyReport, type ReportedMonth } from '../../../shared/reports/monthlyReport';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { run } from '../../storage/rows';
import type { Store } from '../../storage/types';
import { buildMonthlyReport } from './buildMonthlyReport';
import { reportedMonth, reportedMonths } from './reportRange';

/** Previewing the current month is fine; recording a month that has not ended in Beijing time is not (第十三条（三）). */
function refuseUnendedMonth(month: string, now: Date): void {
  const message = unendedMonthMessage(month, todayInShanghai(now));
  if (message) throw new ApiError('VALIDATION', message, 'month');
}

export function monthlyReport(store: Store, month: string, now: Date = new Date()): MonthlyReport {
  return store.read((db) => buildMonthlyReport(db, month, now));
}

/**
 * Records `month` as reported with the range its report covers, only once the month has ended in Beijing time
 * (by the workspace clock). Nothing records a month by itself: a person does, after handing the report over. A
 * month already reported keeps its first record (a package exported again for the same month reports the same range).
 */
export async function markMonthlyReported(store: Store, month: string, via: string): Promise<ReportedMonth> {
  return store.mutate((tx) => {
    const now = new Date(tx.now);
    refuseUnendedMonth(month, now);
    const existing = reportedMonth(tx.db, month);
    if (existing) return existing;
    const r = buildMonthlyReport(tx.db, month, now);
    const later = reportedMonths(tx.db).find((m) => m.month > month);
    if (later) throw new ApiError('VALIDATION', `${later.month} 的月度变更报告已报送，不能再把更早的 ${month} 记为已报送`, 'month');
    run(
      tx.db,
      'INSERT INTO monthly_report (month, reported_at, from_audit_id, to_audit_id, added, changed, removed, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [month, tx.now, r.fromAuditId, r.toAuditId, r.counts.added, r.counts.changed, r.counts.removed, via],
    );
    return reportedMonth(tx.db, month)!;
  });
}

export function monthlyHistory(store: Store): ReportedMonth[] {
  return store.read((db) => reportedMonths(db));
}
