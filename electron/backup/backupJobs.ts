import { randomUUID } from 'node:crypto';
import type { BackupProgressInfo } from '../../shared/api/backupMethods';
import { ApiError } from '../../shared/api/errors';
import type { BackupProgress, WrittenBackup } from './writeFullBackup';

interface Job {
  progress: BackupProgressInfo;
  abort: AbortController;
  startedAt: number;
  settled?: Promise<void>;
}

const jobs = new Map<string, Job>();
const KEEP_FINISHED_MS = 60 * 60 * 1000;

/**
 * Seconds left, from the rate so far. The read-back follows the writing (in a worker), so both phases
 * run over the same bytes at about the same pace: bytes written, then bytes checked, against the total.
 */
function secondsLeft(job: Job, p: BackupProgress): number | undefined {
  const elapsed = (Date.now() - job.startedAt) / 1000;
  if (p.bytesDone <= 0 || elapsed < 0.5) return undefined;
  return Math.max(0, Math.round(((p.bytesTotal - p.bytesDone) * elapsed) / p.bytesDone));
}

/** Runs one backup in the background; backup.progress and backup.cancel find it by its id. */
export function startBackupJob(run: (signal: AbortSignal, onProgress: (p: BackupProgress) => void) => Promise<WrittenBackup & { verifiedAt: string }>): string {
  const id = randomUUID();
  const job: Job = { progress: { phase: 'write', bytesDone: 0, bytesTotal: 0 }, abort: new AbortController(), startedAt: Date.now() };
  jobs.set(id, job);
  const onProgress = (p: BackupProgress) => {
    if (job.progress.phase === 'cancelled') return;
    const left = secondsLeft(job, p);
    job.progress = { phase: p.phase, bytesDone: p.bytesDone, bytesTotal: p.bytesTotal, ...(left !== undefined ? { secondsLeft: left } : {}) };
  };
  job.settled = run(job.abort.signal, onProgress).then(
    (written) => {
      job.progress = {
        phase: 'done',
        bytesDone: job.progress.bytesTotal,
        bytesTotal: job.progress.bytesTotal,
        secondsLeft: 0,
        result: { file: written.file, path: written.path, bytes: written.bytes, verifiedAt: written.verifiedAt },
      };
    },
    (err: unknown) => {
      const cancelled = job.abort.signal.aborted;
      const message = cancelled ? '备份已取消，没有留下任何文件' : err instanceof ApiError ? err.message : '备份失败，没有留下任何文件；请重试';
      job.progress = { ...job.progress, phase: cancelled ? 'cancelled' : 'failed', error: { message } };
      delete job.progress.secondsLeft;
    },
  ).finally(() => {
    setTimeout(() => jobs.delete(id), KEEP_FINISHED_MS).unref();
  });
  return id;
}

function find(id: string): Job {
  const job = jobs.get(id);
  if (!job) throw new ApiError('NOT_FOUND', '找不到这个备份任务（可能已结束很久或程序已重启）', 'jobId');
  return job;
}

export function backupJobProgress(id: string): BackupProgressInfo {
  return find(id).progress;
}

export function cancelBackupJob(id: string): BackupProgressInfo {
  const job = find(id);
  if (job.progress.phase === 'write' || job.progress.phase === 'verify') job.abort.abort();
  return job.progress;
}

/** Resolves once every running job has ended (tests, and closing the app). */
export async function settleBackupJobs(): Promise<void> {
  await Promise.all([...jobs.values()].map((j) => j.settled));
}
