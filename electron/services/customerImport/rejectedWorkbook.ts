// 被拒绝的行: the original header and the rejected rows as they were, plus 错误原因, to fix and import again.
import ExcelJS from 'exceljs';
import type { RejectedRow } from './importJob';
import { keepFormulasText } from '../../xlsx/formulaText';

export const REASON_HEADER = '错误原因';
export const ROW_HEADER = '原行号';

export async function rejectedRowsWorkbook(headers: string[], rows: RejectedRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('被拒绝的行');
  const width = Math.max(headers.length, ...rows.map((r) => r.cells.length));
  const header = Array.from({ length: width }, (_, i) => headers[i] ?? '');
  keepFormulasText(ws.addRow([...header, REASON_HEADER, ROW_HEADER])).font = { bold: true };
  for (const r of rows) keepFormulasText(ws.addRow([...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''), r.reason, r.row]));
  // Text format, so that Excel keeps every digit of a 证件号码 when the user edits it.
  for (let c = 1; c <= width; c++) ws.getColumn(c).numFmt = '@';
  ws.getColumn(width + 1).width = 60;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
