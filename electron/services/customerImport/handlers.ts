// 导入客户空间: importPreview reads the file and guesses the 列对应, importRun starts the job,
// importProgress reports it, rejectedRows gives the rows to fix as .xlsx.
import { ApiError } from '../../../shared/api/errors';
import type { ImportPreview } from '../../../shared/records/customerImport';
import type { Handlers } from '../../api/handlers';
import type { WorkspaceSession } from '../../workspace/session';
import { guessMapping } from './guessMapping';
import { fileFromImportInput } from './importFile';
import { importJob, startImportJob } from './importJob';
import { keepSheet, takeSheet } from './pendingImports';
import { readSheetInWorker } from './readInWorker';
import { rejectedRowsWorkbook } from './rejectedWorkbook';
import { SheetRefused, type ParsedSheet } from './sheetTypes';

type Methods = 'customerSpaces.importPreview' | 'customerSpaces.importRun' | 'customerSpaces.importProgress' | 'customerSpaces.rejectedRows';

const SAMPLE_ROWS = 10;

export function previewOf(importId: string, sheet: ParsedSheet): ImportPreview {
  const width = sheet.headers.length;
  return {
    importId,
    fileName: sheet.fileName,
    format: sheet.format,
    ...(sheet.encoding ? { encoding: sheet.encoding } : {}),
    ...(sheet.sheetName ? { sheetName: sheet.sheetName } : {}),
    headers: sheet.headers,
    sampleRows: sheet.rows.slice(0, SAMPLE_ROWS).map((r) => Array.from({ length: Math.max(width, r.cells.length) }, (_, i) => r.cells[i] ?? '')),
    totalRows: sheet.rows.length,
    summaryRows: sheet.summaryRows ?? [],
    suggestedMapping: guessMapping(sheet.headers),
  };
}

/** The file as one sheet, or the whole file refused with why (field: how it was given). */
export async function readImportFile(name: string, bytes: Buffer, field: string): Promise<ParsedSheet> {
  try {
    return await readSheetInWorker(name, bytes);
  } catch (err) {
    if (err instanceof SheetRefused) throw new ApiError('VALIDATION', err.message, field);
    throw err;
  }
}

/** 张三.xlsx → 张三_被拒绝的行.xlsx */
export function rejectedFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '')}_被拒绝的行.xlsx`;
}

export function customerImportHandlers(session: WorkspaceSession): Pick<Handlers, Methods> {
  return {
    'customerSpaces.importPreview': async (input, ctx) => {
      const { name, bytes, field } = await fileFromImportInput(input, ctx);
      const sheet = await readImportFile(name, bytes, field);
      return previewOf(keepSheet(sheet), sheet);
    },
    'customerSpaces.importRun': ({ importId, mapping, dryRun }) => {
      const sheet = takeSheet(importId);
      const width = sheet.rows.reduce((w, r) => Math.max(w, r.cells.length), sheet.headers.length);
      for (const [field, col] of Object.entries(mapping)) {
        if (col !== null && col !== undefined && col >= width) {
          throw new ApiError('VALIDATION', `列对应：第${col + 1}列不存在（文件只有${width}列）`, `mapping.${field}`);
        }
      }
      return { jobId: startImportJob(session.store, sheet, mapping, dryRun) };
    },
    'customerSpaces.importProgress': ({ jobId }) => importJob(jobId).progress,
    'customerSpaces.rejectedRows': async ({ jobId }) => {
      const job = importJob(jobId);
      if (job.progress.phase !== 'done') throw new ApiError('VALIDATION', '导入尚未完成，完成后才能保存被拒绝的行', 'jobId');
      const bytes = await rejectedRowsWorkbook(job.headers, job.rejected);
      return { fileName: rejectedFileName(job.fileName), dataBase64: bytes.toString('base64'), rows: job.rejected.length };
    },
  };
}
