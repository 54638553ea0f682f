// .xlsx through exceljs's streaming reader (much faster and leaner than loading the whole workbook).
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../shared/records/customerImport';
import { cellText } from './cellText';
import { refusals } from './messages';
import { assertSoundZip } from './zipCheck';
import { SHEET_BOUNDS } from './sheetBounds';
import { SheetRefused, type ParsedSheet, type SheetRow } from './sheetTypes';

/** No row for this long: the reader is stuck on a damaged file (a second net behind assertSoundZip). */
const STALL_MS = 30_000;

/** Iterates `source`, refusing the file when the next item does not come within STALL_MS. */
async function* unlessStalled<T>(source: AsyncIterable<T>, stalled: Promise<never>, tick: () => void): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  for (;;) {
    const r = await Promise.race([it.next(), stalled]);
    if (r.done) return;
    tick();
    yield r.value;
  }
}

interface RowLike {
  number: number;
  values: unknown;
}

function toSheetRow(row: RowLike): SheetRow | null {
  const values = row.values as ExcelJS.CellValue[] | undefined;
  if (!Array.isArray(values)) return null;
  if (values.length - 1 > SHEET_BOUNDS.columns) throw new SheetRefused(refusals.tooManyColumns);
  const cells: string[] = [];
  let lossy: number[] | undefined;
  let any = false;
  // exceljs row.values is 1-based: index 0 is always empty.
  for (let c = 1; c < values.length; c++) {
    const t = cellText(values[c]);
    if (t.text.length > SHEET_BOUNDS.cellChars) throw new SheetRefused(refusals.cellTooLong);
    cells.push(t.text);
    if (t.text !== '') any = true;
    if (t.lossy) (lossy ??= []).push(c - 1);
  }
  if (!any) return null;
  return lossy ? { row: row.number, cells, lossy } : { row: row.number, cells };
}

export async function readXlsx(fileName: string, bytes: Buffer): Promise<ParsedSheet> {
  await assertSoundZip(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // date formats: a date cell comes as a Date, not as Excel's day number
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let last = Date.now();
  let stop: (err: Error) => void = () => undefined;
  const stalled = new Promise<never>((_, reject) => {
    stop = reject;
  });
  stalled.catch(() => undefined);
  const watchdog = setInterval(() => {
    if (Date.now() - last > STALL_MS) stop(new SheetRefused(refusals.damagedXlsx));
  }, 1000);
  watchdog.unref();
  const tick = () => {
    last = Date.now();
  };
  try {
    for await (const sheet of unlessStalled(reader as unknown as AsyncIterable<unknown>, stalled, tick)) {
      const ws = sheet as AsyncIterable<RowLike> & { name?: string };
      let headers: string[] | null = null;
      const rows: SheetRow[] = [];
      let rowElements = 0;
      for await (const row of unlessStalled(ws, stalled, tick)) {
        // Empty rows count too: a billion of them must not pass as "no data yet".
        if (++rowElements > MAX_IMPORT_ROWS + SHEET_BOUNDS.extraRows) throw new SheetRefused(refusals.tooManyRowElements);
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
  } finally {
    clearInterval(watchdog);
  }
  throw new SheetRefused(refusals.empty);
}
