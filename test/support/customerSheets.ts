// Billing-system sheets for the 客户空间 import tests and bench: deterministic, fictional people and units
// (Xiamen area codes, valid check characters), written as .xlsx with exceljs or as CSV text.
import ExcelJS from 'exceljs';
import { orgCodeCheckChar, usccCheckChar } from '../../shared/identity/uscc';
import { addDays } from '../../shared/records/dates';
import { withCheck } from './independentMod11';

export type Cell = string | number | Date | null;

/** The header row a typical billing export has (names as billing systems write them, not the app's labels). */
export const BILLING_HEADERS = ['空间编号', '服务器', '客户名称', '证件类型', '证件号码', '联系电话', '负责人', '负责人身份证号', '绑定域名', '域名持有者', '持有者证件号码', '开通时间', '报送日期', '备注'] as const;

/** A fictional 居民身份证 number (厦门思明区 address code) with a correct check character. */
export function residentId(i: number): string {
  const birth = addDays('1960-01-01', (i * 37) % 15000).replaceAll('-', '');
  return withCheck(`350203${birth}${String(i % 1000).padStart(3, '0')}`);
}

/** The same number with a wrong check character. */
export function residentIdBadCheck(i: number): string {
  const good = residentId(i);
  return good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
}

/** A fictional 统一社会信用代码 (厦门, 企业) with correct organisation-code and overall check characters. */
export function uscc(i: number): string {
  const org8 = String(10_000_000 + (i % 89_999_999)).slice(-8);
  const first17 = `91350200${org8}${orgCodeCheckChar(org8)}`;
  return first17 + usccCheckChar(first17);
}

/** Row i of a clean sheet: even rows a unit with a 负责人, odd rows a person; one or two domains. */
export function billingRow(i: number, opts: { code?: boolean; server?: string } = {}): Cell[] {
  const unit = i % 2 === 0;
  const opened = addDays('2025-01-01', i % 600);
  return [
    opts.code === false ? '' : `BILL-${String(i).padStart(6, '0')}`,
    opts.server ?? '',
    unit ? `厦门示例${i}号科技有限公司` : `测试用户${i}`,
    unit ? '统一社会信用代码' : '身份证',
    unit ? uscc(i) : residentId(i),
    `1380592${String(i % 10000).padStart(4, '0')}`,
    unit ? `负责人${i}` : '',
    unit ? residentId(500_000 + i) : '',
    i % 3 === 0 ? `site${i}.example.com、www.site${i}.example.com` : `site${i}.example.com`,
    '',
    '',
    opened.replaceAll('-', '/'),
    i % 4 === 0 ? addDays(opened, 10) : '',
    '',
  ];
}

export async function xlsxBytes(rows: Cell[][], opts: { headers?: readonly string[]; sheetName?: string; emptySheetFirst?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (opts.emptySheetFirst) wb.addWorksheet('说明');
  const ws = wb.addWorksheet(opts.sheetName ?? '客户');
  ws.addRow([...(opts.headers ?? BILLING_HEADERS)]);
  for (const r of rows) ws.addRow(r);
  const dateCol = (opts.headers ?? BILLING_HEADERS).indexOf('开通时间') + 1;
  if (dateCol > 0) ws.getColumn(dateCol).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A large sheet written row by row with the streaming writer (the bench's 100,000 rows). */
export async function writeLargeXlsx(file: string, count: number, row: (i: number) => Cell[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('客户');
  ws.addRow([...BILLING_HEADERS]).commit();
  for (let i = 0; i < count; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
}

const csvCell = (c: Cell) => {
  const t = c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
  return /[",\r\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
};

export function csvText(rows: Cell[][], headers: readonly string[] = BILLING_HEADERS): string {
  return [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

let gbkTable: Map<string, number[]> | null = null;

/**
 * Text as GBK bytes. Node has no GBK encoder, so the table is built once by decoding every two-byte
 * GB18030 sequence with TextDecoder; ASCII passes through.
 */
export function gbkBytes(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK bytes for U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
