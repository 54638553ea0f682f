// The files of one 月度变更报告 (06): its PDF and .xlsx, drawn from the report the reports service builds.
import type { MonthlyReport } from '../../shared/reports/monthlyReport';
import { renderLayout } from '../pdf';
import { buildMonthlyXlsx } from '../services/reports/monthlyXlsx';
import { getUnit } from '../services/unitService';
import type { Store } from '../storage/types';
import { buildReport } from './pdfs/monthlyChangeReport';

export interface MonthlyFiles {
  report: MonthlyReport;
  pdf: { fileName: string; bytes: Uint8Array };
  xlsx: { fileName: string; bytes: Buffer };
}

/** The PDF and .xlsx of a report; `suffix` names them by month (06_月度变更报告_2026-10.pdf) outside the package. */
export async function renderMonthlyFiles(store: Store, report: MonthlyReport, opts: { now?: Date; suffix?: boolean } = {}): Promise<MonthlyFiles> {
  const unit = getUnit(store)?.name.trim() || '（单位名称未填写）';
  const { bytes } = await renderLayout(buildReport(report, unit, opts.now ?? new Date()));
  const xlsx = await buildMonthlyXlsx(report);
  const base = opts.suffix === false ? '06_月度变更报告' : `06_月度变更报告_${report.month}`;
  return { report, pdf: { fileName: `${base}.pdf`, bytes }, xlsx: { fileName: `${base}.xlsx`, bytes: xlsx } };
}
