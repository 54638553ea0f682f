// Which audit rows a 月度变更报告 covers, and the months already reported (table monthly_report).
// A month's report runs from the last reported report's end (audit id) to the month's last instant in
// China Standard Time; a month already reported is regenerated with the range it was reported with.
import type { Database } from 'sql.js';
import { cstDayOfInstant, monthDays, monthEndInstant, shiftMonth, type ReportedMonth } from '../../../shared/reports/monthlyReport';
import { all, one } from '../../storage/rows';

interface ReportRow {
  month: string;
  reported_at: string;
  from_audit_id: number;
  to_audit_id: number;
  added: number;
  changed: number;
  removed: number;
  via: string;
}

const toReported = (r: ReportRow): ReportedMonth => ({
  month: r.month,
  reportedAt: r.reported_at,
  fromAuditId: r.from_audit_id,
  toAuditId: r.to_audit_id,
  added: r.added,
  changed: r.changed,
  removed: r.removed,
  via: r.via,
});

/** Every report recorded as submitted, newest month first. */
export function reportedMonths(db: Database): ReportedMonth[] {
  return all<ReportRow>(db, 'SELECT * FROM monthly_report ORDER BY month DESC, id DESC').map(toReported);
}

export function reportedMonth(db: Database, month: string): ReportedMonth | null {
  const row = one<ReportRow>(db, 'SELECT * FROM monthly_report WHERE month = ? ORDER BY id LIMIT 1', [month]);
  return row ? toReported(row) : null;
}

/** The latest report of a month before `month`: the one this month's report continues from. */
function previousReport(db: Database, month: string): ReportedMonth | null {
  const row = one<ReportRow>(db, 'SELECT * FROM monthly_report WHERE month < ? ORDER BY month DESC, id DESC LIMIT 1', [month]);
  return row ? toReported(row) : null;
}

export interface ReportRange {
  month: string;
  fromAuditId: number;
  toAuditId: number;
  periodStart: string;
  periodEnd: string;
  previous: ReportedMonth | null;
  /** Set when this month is already recorded as reported. */
  reported: ReportedMonth | null;
}

/**
 * `asOf`: a month not ended yet is covered up to this instant, and its period ends on that day (报告期间 is
 * exactly the audit range, never days still to come).
 */
export function reportRange(db: Database, month: string, asOf?: Date): ReportRange {
  const periodEnd = asOf ? cstDayOfInstant(asOf.toISOString()) : monthDays(month).last;
  const reported = reportedMonth(db, month);
  const previous = previousReport(db, month);
  let fromAuditId: number;
  let toAuditId: number;
  if (reported) {
    fromAuditId = reported.fromAuditId;
    toAuditId = reported.toAuditId;
  } else {
    fromAuditId = previous?.toAuditId ?? 0;
    const end = asOf && asOf.toISOString() < monthEndInstant(month) ? asOf.toISOString() : monthEndInstant(month);
    const last = one<{ id: number | null }>(db, 'SELECT MAX(id) AS id FROM audit WHERE at <= ?', [end]);
    toAuditId = Math.max(fromAuditId, last?.id ?? 0);
  }
  let periodStart: string;
  if (previous) {
    periodStart = monthDays(shiftMonth(previous.month, 1)).first;
  } else {
    const first = one<{ at: string }>(db, 'SELECT at FROM audit WHERE id > ? AND id <= ? ORDER BY id LIMIT 1', [fromAuditId, toAuditId]);
    periodStart = first ? cstDayOfInstant(first.at) : monthDays(month).first;
  }
  if (periodStart > periodEnd) periodStart = monthDays(month).first;
  return { month, fromAuditId, toAuditId, periodStart, periodEnd, previous, reported };
}
