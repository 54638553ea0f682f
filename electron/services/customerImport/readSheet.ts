// The imported file, whole: refused with a Chinese message when it cannot be read as one sheet.
import { MAX_IMPORT_BYTES } from '../../../shared/records/customerImport';
import { refusals } from './messages';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { withHeaderRow } from './headerRow';
import { withoutSummaryRows } from './summaryRows';
import { SheetRefused, type ParsedSheet } from './sheetTypes';

const startsWithZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const startsWithOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function readSheet(fileName: string, bytes: Buffer): Promise<ParsedSheet> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new SheetRefused(refusals.tooLarge(bytes.length));
  if (bytes.length === 0) throw new SheetRefused(refusals.empty);
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const read = await (async () => {
    if (ext === 'xlsx') return readXlsx(fileName, bytes);
    if (ext === 'csv' || ext === 'txt') {
      if (startsWithZip(bytes)) throw new SheetRefused(refusals.xlsxNamedCsv);
      if (startsWithOle(bytes)) throw new SheetRefused(refusals.xlsOld);
      return readCsv(fileName, bytes);
    }
    if (ext === 'xls') throw new SheetRefused(refusals.xlsOld);
    throw new SheetRefused(refusals.wrongType);
  })();
  const sheet = withoutSummaryRows(withHeaderRow(read));
  if (sheet.headers.every((h) => h === '')) throw new SheetRefused(refusals.noHeader);
  return sheet;
}
