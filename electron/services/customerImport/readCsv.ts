// .csv in UTF-8 (with or without BOM) or GBK/GB18030, as billing systems and Excel on Chinese Windows write it,
// and Excel's "Unicode 文本" (UTF-16 with a BOM, tab-separated).
import { parse } from 'csv-parse/sync';
import { MAX_IMPORT_ROWS } from '../../../shared/records/customerImport';
import { refusals } from './messages';
import { SHEET_BOUNDS } from './sheetBounds';
import { SheetRefused, type ParsedSheet, type SheetRow } from './sheetTypes';

/** A UTF-16 byte-order mark decides; then valid UTF-8 is read as UTF-8; anything else as GB18030 (a superset of GBK). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' | 'utf-16' } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: 'utf-16' };
    } catch {
      throw new SheetRefused(refusals.unknownEncoding);
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gbk' };
    } catch {
      throw new SheetRefused(refusals.unknownEncoding);
    }
  }
}

/** Excel's own choice of separator: a comma unless the header has more semicolons or tabs. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function readCsv(fileName: string, bytes: Uint8Array): ParsedSheet {
  const { text, encoding } = decodeCsv(bytes);
  if (text.trim() === '') throw new SheetRefused(refusals.empty);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      // The same bounds as an .xlsx: every line counts (empty ones too), cells per row, characters per cell.
      max_record_size: SHEET_BOUNDS.cellChars * 4,
      on_record: (record: string[], context: { lines: number }) => {
        if (context.lines > MAX_IMPORT_ROWS + SHEET_BOUNDS.extraRows) throw new SheetRefused(refusals.tooManyRowElements);
        if (record.length > SHEET_BOUNDS.columns) throw new SheetRefused(refusals.tooManyColumns);
        if (record.some((cell) => cell.length > SHEET_BOUNDS.cellChars)) throw new SheetRefused(refusals.cellTooLong);
        return record;
      },
    }) as string[][];
  } catch (err) {
    if (err instanceof SheetRefused) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'CSV_MAX_RECORD_SIZE') throw new SheetRefused(refusals.cellTooLong);
    if (code === 'CSV_QUOTE_NOT_CLOSED') throw new SheetRefused(refusals.csvQuoteNotClosed);
    const line = (err as { lines?: number }).lines;
    throw new SheetRefused(refusals.csvBroken(line));
  }
  const [header, ...body] = records;
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c === '')) return;
    rows.push({ row: i + 2, cells });
  });
  if (rows.length > MAX_IMPORT_ROWS) throw new SheetRefused(refusals.tooManyRows);
  if (!header || (header.every((c) => c === '') && rows.length === 0)) throw new SheetRefused(refusals.empty);
  return { fileName, format: 'csv', encoding, headers: header, rows };
}
