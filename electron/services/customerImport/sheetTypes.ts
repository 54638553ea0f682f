/** One data row of the imported sheet, its cells as text. */
export interface SheetRow {
  /** The row number as the spreadsheet shows it (the header is row 1, or a later row under a title: headerRow.ts). */
  row: number;
  cells: string[];
  /** Columns whose cell Excel stored as a number too long to keep every digit (e.g. an 18-digit 证件号码). */
  lossy?: number[];
}

export interface ParsedSheet {
  fileName: string;
  format: 'xlsx' | 'csv';
  encoding?: 'utf-8' | 'gbk' | 'utf-16';
  sheetName?: string;
  headers: string[];
  rows: SheetRow[];
  /** 合计 / 小计 rows left out (summaryRows.ts), by row number. */
  summaryRows?: number[];
}

/** The file itself cannot be imported: refused whole, nothing is written. */
export class SheetRefused extends Error {}
