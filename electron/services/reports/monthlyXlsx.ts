// 06_月度变更报告.xlsx: every change of the report — one row per changed field of a 修改, one row per 新增 or
// 删除 record with its fields in one cell (as the PDF prints them: 100,000 imported spaces are 100,000 rows,
// not a million) — streamed so that they stay within memory.
import { streamingSheet } from '../../xlsx/streamingWorkbook';
import { keepFormulasText } from '../../xlsx/formulaText';
import type { ChangedItem, MonthlyReport } from '../../../shared/reports/monthlyReport';

const COLUMNS = [
  { header: '分类', width: 22 },
  { header: '变更类型', width: 10 },
  { header: '对象', width: 30 },
  { header: '字段', width: 18 },
  { header: '原值', width: 40 },
  { header: '新值', width: 40 },
  { header: '变更时间', width: 22 },
];

const fieldsText = (item: ChangedItem, side: 'oldValue' | 'newValue') => item.fields.map((f) => `${f.label}：${f[side]}`).join('；');

export const MONTHLY_XLSX_HEADERS = COLUMNS.map((c) => c.header);

/** '2026-10-31T15:59:00.000Z' → '2026-10-31 23:59' (China Standard Time). */
const cstMinute = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

export async function buildMonthlyXlsx(report: MonthlyReport): Promise<Buffer> {
  const { sheet, finish } = streamingSheet('月度变更报告', { frozenRows: 2 });
  // Every value is written as a string cell, so ID numbers stay text without a per-cell number format (which would cost a style lookup per cell).
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.addRow([
    `报告月份 ${report.month}，报告期间 ${report.periodStart} 至 ${report.periodEnd}；新增 ${report.counts.added} 项，修改 ${report.counts.changed} 项，删除 ${report.counts.removed} 项`,
  ]).commit();
  const head = sheet.addRow(MONTHLY_XLSX_HEADERS);
  head.font = { bold: true };
  head.commit();
  for (const s of report.sections) {
    for (const item of s.items) {
      const at = cstMinute(item.at);
      if (item.change === '新增') keepFormulasText(sheet.addRow([s.title, item.change, item.label, '登记信息', '', fieldsText(item, 'newValue'), at])).commit();
      else if (item.change === '删除') keepFormulasText(sheet.addRow([s.title, item.change, item.label, '登记信息', fieldsText(item, 'oldValue'), '', at])).commit();
      else for (const f of item.fields) keepFormulasText(sheet.addRow([s.title, item.change, item.label, f.label, f.oldValue, f.newValue, at])).commit();
    }
  }
  return finish();
}
