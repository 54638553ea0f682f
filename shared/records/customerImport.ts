// 导入客户空间 from the billing system's sheet (.xlsx, or .csv in UTF-8 or GBK): read, map columns to fields,
// validate every row, import the good rows in one durable save, report the rejected ones.
import { z } from 'zod';
import { CUSTOMER_SPACE_LABELS } from './customerSpace';

/** The fields a column can be mapped to. `domains`: one cell with several domains separated by , ; 、 or spaces. */
export const IMPORT_FIELDS = {
  spaceCode: CUSTOMER_SPACE_LABELS.spaceCode,
  server: `${CUSTOMER_SPACE_LABELS.serverId}（资产编号、主机名或IP）`,
  renterKind: CUSTOMER_SPACE_LABELS.renterKind,
  renterName: '租用者名称',
  renterIdType: CUSTOMER_SPACE_LABELS.renterIdType,
  renterIdNumber: CUSTOMER_SPACE_LABELS.renterIdNumber,
  renterPhone: CUSTOMER_SPACE_LABELS.renterPhone,
  responsibleName: CUSTOMER_SPACE_LABELS.responsibleName,
  responsibleIdType: CUSTOMER_SPACE_LABELS.responsibleIdType,
  responsibleIdNumber: CUSTOMER_SPACE_LABELS.responsibleIdNumber,
  domains: CUSTOMER_SPACE_LABELS.domains,
  holderName: '域名持有者',
  holderIdType: '持有者证件类型',
  holderIdNumber: '持有者证件号码',
  icpNumber: 'ICP备案号',
  psbNumber: '公安联网备案号',
  openedOn: CUSTOMER_SPACE_LABELS.openedOn,
  reportedOn: CUSTOMER_SPACE_LABELS.reportedOn,
  endedOn: CUSTOMER_SPACE_LABELS.endedOn,
  note: CUSTOMER_SPACE_LABELS.note,
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;
export const IMPORT_FIELD_NAMES = Object.keys(IMPORT_FIELDS) as [ImportField, ...ImportField[]];

/** field -> column index (0-based) in the sheet, or null when not mapped. */
export const columnMappingSchema = z.partialRecord(z.enum(IMPORT_FIELD_NAMES), z.number().int().min(0).max(999).nullable());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;

export const importPreviewSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  /** For CSV: the encoding detected ('utf-8', 'gbk' or 'utf-16'). */
  encoding: z.string().optional(),
  sheetName: z.string().optional(),
  /** The header row's cells (row 1, or the first row under a title that names the fields). */
  headers: z.array(z.string()),
  /** The first rows after the header, as text. */
  sampleRows: z.array(z.array(z.string())),
  /** Data rows (header excluded, blank rows and 合计 rows skipped). */
  totalRows: z.number().int().nonnegative(),
  /** 合计 / 总计 / 小计 rows of the sheet, left out of the import (row numbers as the spreadsheet shows them). */
  summaryRows: z.array(z.number().int().positive()).default([]),
  /** A mapping guessed from the header texts. */
  suggestedMapping: columnMappingSchema,
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** '已跳过合计行（不是客户空间）：第 9 行、第 30 行', for the wizard and the command line alike. */
export function summaryRowsText(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).map((r) => `第 ${r} 行`).join('、');
  return `已跳过合计行（不是客户空间）：${shown}${rows.length > 10 ? ` 等 ${rows.length} 行` : ''}`;
}

export const rowErrorSchema = z.object({
  /** The row number as the spreadsheet shows it (the header is row 1, or the first row under a title that names the fields). */
  row: z.number().int().positive(),
  field: z.string(),
  /** 'row 17: 证件号码校验位错误' reads 第17行 证件号码：… on screen. */
  message: z.string(),
});
export type RowError = z.infer<typeof rowErrorSchema>;

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  imported: z.number().int(),
  rejected: z.number().int(),
  /** The first 1,000 row errors (every rejected row is in the rejected-rows workbook). */
  errors: z.array(rowErrorSchema),
  /** Codes given to rows that had no 空间编号. */
  codesAssigned: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importProgressSchema = z.object({
  phase: z.enum(['validate', 'write', 'done']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  result: importResultSchema.optional(),
  error: z.object({ message: z.string() }).optional(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;
