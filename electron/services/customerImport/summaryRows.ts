// Billing exports end a sheet (or a group of rows) with a 合计 / 总计 / 小计 row: not a customer space.
import type { ParsedSheet } from './sheetTypes';

/** The row's first filled cell is 合计, 总计 or 小计, alone or followed by ':' and a count ('合计：5户'). */
const SUMMARY = /^(合计|总计|小计)(\s*[:：].*|\s*\d.*)?$/su;

export function isSummaryRow(cells: readonly string[]): boolean {
  const first = cells.find((c) => c.trim() !== '');
  return first !== undefined && SUMMARY.test(first.trim());
}

/** The sheet without its 合计 rows; their row numbers are kept to be named to the user. */
export function withoutSummaryRows(sheet: ParsedSheet): ParsedSheet {
  const summaryRows: number[] = [];
  const rows = sheet.rows.filter((r) => {
    if (!isSummaryRow(r.cells)) return true;
    summaryRows.push(r.row);
    return false;
  });
  return summaryRows.length === 0 ? sheet : { ...sheet, rows, summaryRows };
}
