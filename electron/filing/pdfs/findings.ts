// The PDFs print what the one evaluation found (FilingRecords.compliance, the result compliance.summary and
// 完整性检查 show), never a rule of their own, so a document cannot say otherwise than 概览.
import type { ComplianceDetail, ComplianceRow, ComplianceSummary } from '../../../shared/compliance/summary';

/** The row of `article` (the first, where several rows share it), or undefined when it does not apply. */
export function complianceRow(summary: ComplianceSummary, article: string): ComplianceRow | undefined {
  return summary.rows.find((r) => r.article === article);
}

/** The findings about one record, under any of `articles`, most urgent first. */
export function findingsAbout(summary: ComplianceSummary, recordId: string, articles: readonly string[]): ComplianceDetail[] {
  return summary.rows.filter((r) => articles.includes(r.article)).flatMap((r) => r.details.filter((d) => d.recordId === recordId));
}

/** 符合 / 待完善 / 不符合, as 概览 words a row. */
export const rowStateText = (row: ComplianceRow) => (row.status === 'ok' ? '符合' : row.status === 'warn' ? '待完善' : '不符合');
