// .xlsx through exceljs's streaming reader (much faster and leaner than loading the whole workbook).
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../shared/records/customerImport';
import { cellText } from './cellText';
import { refusals } from './messages';
import { SheetRefused, type ParsedSheet, type SheetRow } from './sheetTypes';

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** A zip ends with its central directory; a truncated download or copy has lost it. */
function assertWholeZip(bytes: Buffer): void {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== ZIP_LOCAL_HEADER) throw new SheetRefused(refusals.notXlsx);
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
  if (tail.lastIndexOf(ZIP_END_OF_DIRECTORY) < 0) throw new SheetRefused(refusals.truncatedXlsx);
}

interface RowLike {
  number: number;
  values: unknown;
}

function toSheetRow(row: RowLike): SheetRow | null {
  const values = row.values as ExcelJS.CellValue[] | undefined;
  if (!Array.isArray(values)) return null;
  const cells: string[] = [];
  let lossy: number[] | undefined;
  let any = false;
  // exceljs row.values is 1-based: index 0 is always empty.
  for (let c = 1; c < values.length; c++) {
    const t = cellText(values[c]);
    cells.push(t.text);
    if (t.text !== '') any = true;
    if (t.lossy) (lossy ??= []).push(c - 1);
  }
  if (!any) return null;
  return lossy ? { row: row.number, cells, lossy } : { row: row.number, cells };
}

export async function readXlsx(fileName: string, bytes: Buffer): Promise<ParsedSheet> {
  assertWholeZip(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // date formats: a date cell comes as a Date, not as Excel's day number
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      const ws = sheet as unknown as AsyncIterable<RowLike> & { name?: string };
      let headers: string[] | null = null;
      const rows: SheetRow[] = [];
      for await (const row of ws) {
        const parsed = toSheetRow(row);
        if (row.number === 1) {
          headers = parsed ? parsed.cells : [];
          continue;
        }
        if (!parsed) continue;
        rows.push(parsed);
        if (rows.length > MAX_IMPORT_ROWS) throw new SheetRefused(refusals.tooManyRows);
      }
      // The first worksheet with anything in it is the one imported.
      if ((headers && headers.length > 0) || rows.length > 0) {
        return { fileName, format: 'xlsx', ...(ws.name ? { sheetName: ws.name } : {}), headers: headers ?? [], rows };
      }
    }
  } catch (err) {
    if (err instanceof SheetRefused) throw err;
    throw new SheetRefused(refusals.damagedXlsx);
  }
  throw new SheetRefused(refusals.empty);
}
