import { writeFileExclusive } from '../../fs/writeExclusive';
import path from 'node:path';
import { IMPORT_FIELDS, summaryRowsText, type ImportField, type ImportPreview, type ImportProgress } from '../../../shared/records/customerImport';
import type { Dispatch } from '../../api/dispatch';
import { printError, type CliIo } from './output';

export interface ImportArgs {
  file: string;
  dryRun: boolean;
  /** How often the job's progress is read (ms). */
  pollMs?: number;
}

/** Without these columns no row can be imported: said before the run, so the user fixes the header first. */
const NEEDED: ImportField[] = ['renterName', 'renterIdNumber', 'openedOn'];
const PHASE = { validate: '校验', write: '写入', done: '完成' } as const;
const n = (x: number) => x.toLocaleString('en-US');

/**
 * `beian import customers FILE --workspace DIR [--dry-run]`: the columns are matched by their header texts,
 * every row is checked, the good rows are written in one save. stdout: the summary and each rejected row;
 * the rejected rows go beside the file as <name>_被拒绝的行.xlsx. Exit 0 when the file was read (even with
 * rejected rows), 1 when the file itself was refused.
 */
export async function importCommand(io: CliIo, dispatch: Dispatch, args: ImportArgs): Promise<number> {
  const ctx = { transport: 'cli' } as const;
  const previewed = await dispatch('customerSpaces.importPreview', { path: args.file }, ctx);
  if (!previewed.ok) {
    io.stderr(`未导入：${previewed.error.message}\n`);
    printError(io, previewed.error);
    return 1;
  }
  const preview = previewed.result as ImportPreview;
  const mapping = preview.suggestedMapping;
  const mapped = Object.entries(mapping).filter(([, col]) => col !== null && col !== undefined) as [ImportField, number][];
  mapped.sort((a, b) => a[1] - b[1]);
  io.stderr(`读取 ${preview.fileName}${preview.encoding ? `（${preview.encoding.toUpperCase()}）` : ''}${preview.sheetName ? ` 工作表「${preview.sheetName}」` : ''}：${n(preview.totalRows)} 行\n`);
  if (preview.summaryRows.length > 0) io.stderr(`${summaryRowsText(preview.summaryRows)}\n`);
  io.stderr(`列对应：${mapped.map(([f, col]) => `${preview.headers[col]} → ${IMPORT_FIELDS[f]}`).join('，')}\n`);
  const missing = NEEDED.filter((f) => mapping[f] === undefined || mapping[f] === null);
  if (missing.length > 0) io.stderr(`注意：表头中找不到这些列：${missing.map((f) => IMPORT_FIELDS[f]).join('、')}，这些行将被拒绝\n`);

  const started = await dispatch('customerSpaces.importRun', { importId: preview.importId, mapping, dryRun: args.dryRun }, ctx);
  if (!started.ok) {
    printError(io, started.error);
    return 1;
  }
  const { jobId } = started.result as { jobId: string };
  let last = '';
  let progress: ImportProgress;
  for (;;) {
    await new Promise((r) => setTimeout(r, args.pollMs ?? 100));
    const reply = await dispatch('customerSpaces.importProgress', { jobId }, ctx);
    if (!reply.ok) {
      printError(io, reply.error);
      return 1;
    }
    progress = reply.result as ImportProgress;
    if (progress.error) {
      io.stderr(`导入失败：${progress.error.message}\n`);
      return 1;
    }
    if (progress.result) {
      io.stderr(`${PHASE.done} ${n(progress.total)}/${n(progress.total)}\n`);
      break;
    }
    const line = `${PHASE[progress.phase]} ${n(progress.done)}/${n(progress.total)}`;
    if (line !== last) io.stderr(`${line}\n`);
    last = line;
  }
  const r = progress.result;
  const verb = r.dryRun ? '试导入（未写入）：可导入' : '导入';
  io.stdout(`${verb} ${n(r.imported)} 行，拒绝 ${n(r.rejected)} 行${r.codesAssigned > 0 ? `（自动编号 ${n(r.codesAssigned)} 个）` : ''}\n`);
  for (const e of r.errors) io.stdout(`${e.message}\n`);
  if (r.rejected > r.errors.length) io.stdout(`……另有 ${n(r.rejected - r.errors.length)} 行被拒绝，见被拒绝的行文件\n`);
  if (r.rejected > 0) {
    const file = await dispatch('customerSpaces.rejectedRows', { jobId }, ctx);
    if (!file.ok) {
      printError(io, file.error);
      return 1;
    }
    const { fileName, dataBase64 } = file.result as { fileName: string; dataBase64: string };
    const out = path.join(path.dirname(args.file), fileName);
    try {
      await writeFileExclusive(out, Buffer.from(dataBase64, 'base64'));
      io.stdout(`被拒绝的行已保存到：${out}（改正后可重新导入）\n`);
    } catch (err) {
      io.stderr(`无法保存被拒绝的行（${(err as NodeJS.ErrnoException).code ?? '未知错误'}）：${out}\n`);
    }
  }
  return 0;
}
