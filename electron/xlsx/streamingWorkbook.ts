// A workbook written row by row into memory (exceljs's streaming writer): a 100,000-row register stays a
// few MB of zip output instead of a full object model of every cell.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

export interface StreamingSheet {
  sheet: ExcelJS.Worksheet;
  /** Commits the sheet and the workbook and returns the .xlsx bytes. */
  finish(): Promise<Buffer>;
}

export function streamingSheet(name: string, opts: { frozenRows: number }): StreamingSheet {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  book.creator = '备案台';
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: opts.frozenRows }] });
  return {
    sheet,
    async finish() {
      sheet.commit();
      await book.commit();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}
