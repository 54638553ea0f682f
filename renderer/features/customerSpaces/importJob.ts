import type { ColumnMapping, ImportProgress, ImportResult } from '../../../shared/records/customerImport';
import { ApiError } from '../../../shared/api/errors';
import { api } from '../../api/client';

/** How often a running import is asked how far it is. */
const POLL_MS = 250;

/**
 * Starts an import run (a check with `dryRun`) and follows it until it is done, reporting each progress
 * reading. Resolves to the result; rejects with the job's own message when it failed, or when `signal` aborts.
 */
export async function runImport(
  importId: string,
  mapping: ColumnMapping,
  dryRun: boolean,
  onProgress: (p: ImportProgress) => void,
  signal: AbortSignal,
): Promise<{ jobId: string; result: ImportResult }> {
  const { jobId } = await api['customerSpaces.importRun']({ importId, mapping, dryRun });
  for (;;) {
    if (signal.aborted) throw new ApiError('INTERNAL', '已取消');
    const p = await api['customerSpaces.importProgress']({ jobId });
    onProgress(p);
    if (p.error) throw new ApiError('INTERNAL', p.error.message);
    if (p.phase === 'done') {
      if (!p.result) throw new ApiError('INTERNAL', '导入已结束，但没有返回结果；请重新校验');
      return { jobId, result: p.result };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Progress as a whole percentage; the phase decides what "done" counts. */
export function progressPercent(p: ImportProgress | null): number {
  if (!p) return 0;
  if (p.phase === 'done') return 100;
  return p.total > 0 ? Math.min(99, Math.floor((p.done / p.total) * 100)) : 0;
}

export const PHASE_TEXT: Record<ImportProgress['phase'], string> = { validate: '正在校验', write: '正在写入', done: '完成' };

/** A picked file's bytes as Base64 (what customerSpaces.importPreview takes from the renderer). */
export async function fileToBase64(file: Blob): Promise<string> {
  const buffer = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < buffer.length; i += CHUNK) binary += String.fromCharCode(...buffer.subarray(i, i + CHUNK));
  return btoa(binary);
}
