import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { fullBackupFileName, FULL_BACKUP_EXTENSION, type BackupManifest } from '../../shared/backup/manifest';
import { syncDirectory } from '../storage/durableFile';
import { DEFAULT_SCRYPT_LOG_N, openAgeHeader, writeAgeFile } from './ageStreams';
import { startReadBack } from './readBackInWorker';
import { readBackDiffers } from './readBackMessages';
import type { BackupSnapshot } from './snapshot';
import { tarChunks } from './tarChunks';

export interface BackupProgress {
  phase: 'write' | 'verify';
  bytesDone: number;
  bytesTotal: number;
}

export interface WriteOptions {
  folder: string;
  passphrase: string;
  now: Date;
  signal?: AbortSignal;
  onProgress?: (p: BackupProgress) => void;
  scryptLogN?: number;
}

export interface WrittenBackup {
  file: string;
  path: string;
  bytes: number;
  manifest: BackupManifest;
}

const PARTIAL_PREFIX = '.备案台备份_';
const PARTIAL_MARK = `${FULL_BACKUP_EXTENSION}.partial-`;

const cancelled = () => new ApiError('VALIDATION', '备份已取消，没有留下任何文件', 'cancel');

/** Hidden partial files a crashed or cancelled backup left in this folder (never valid backups: not renamed). */
export async function removeStalePartials(folder: string, keep?: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (name.startsWith(PARTIAL_PREFIX) && name.includes(PARTIAL_MARK) && name !== keep) {
      await rm(path.join(folder, name), { force: true }).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

/**
 * Writes one encrypted full backup into `folder`: a hidden partial file, fsynced, read back, decrypted
 * and checked entry by entry against the manifest, then renamed. The read-back runs in a worker thread
 * that follows the writing (reading what each fsync put on the disk), so it costs little extra time;
 * the header, written last, is read back and opened here. Cancelled or failed, nothing is left.
 */
export async function writeFullBackup(snapshot: BackupSnapshot, opts: WriteOptions): Promise<WrittenBackup> {
  const folder = path.resolve(opts.folder);
  const finalName = uniqueName(folder, fullBackupFileName(snapshot.manifest.unit?.creditCode || null, opts.now));
  const partialName = `.${finalName}.partial-${randomBytes(4).toString('hex')}`;
  const partial = path.join(folder, partialName);
  const abort = new AbortController();
  const onOuterAbort = () => abort.abort();
  opts.signal?.addEventListener('abort', onOuterAbort);
  const bytesTotal = snapshot.manifest.entries.reduce((n, e) => n + e.bytes, 0);
  let phase: BackupProgress['phase'] = 'write';
  let bytesWritten = 0;
  let bytesChecked = 0;
  const report = () => opts.onProgress?.({ phase, bytesDone: phase === 'write' ? bytesWritten : bytesChecked, bytesTotal });
  const readBack = startReadBack((n) => {
    bytesChecked += n;
    if (phase === 'verify') report();
  });
  // The worker found a difference while the writing goes on: stop writing, and report what it found.
  let readBackFailure: unknown = null;
  readBack.result.catch((err: unknown) => {
    if (abort.signal.aborted) return;
    readBackFailure = err;
    abort.abort();
  });
  try {
    await removeStalePartials(folder);
    report();
    let fileKey: Uint8Array | null = null;
    const tar = tarChunks(snapshot, abort.signal, (n) => {
      bytesWritten += n;
      report();
    });
    const identity = await writeAgeFile(tar, partial, opts.passphrase, {
      logN: opts.scryptLogN ?? DEFAULT_SCRYPT_LOG_N,
      signal: abort.signal,
      onStart: (start) => {
        fileKey = start.fileKey;
        readBack.start(partial, start.payloadStart, start.fileKey);
      },
      onSynced: (to, complete) => readBack.synced(to, complete),
    }).catch((err: unknown) => {
      abort.abort();
      throw cannotWrite(err);
    });
    if (abort.signal.aborted) throw cancelled();

    phase = 'verify';
    report();
    // The header on the disk must open with the passphrase to the very key the payload was checked under.
    const header = await openAgeHeader(partial, identity);
    if (!fileKey || !Buffer.from(header.fileKey).equals(fileKey)) throw readBackDiffers();
    const manifest = await readBack.result;
    if (manifest !== JSON.stringify(snapshot.manifest)) throw readBackDiffers();
    if (abort.signal.aborted) throw cancelled();
    await rename(partial, path.join(folder, finalName));
    await syncDirectory(folder);
    const bytes = (await stat(path.join(folder, finalName))).size;
    return { file: finalName, path: path.join(folder, finalName), bytes, manifest: snapshot.manifest };
  } catch (err) {
    await readBack.stop();
    await rm(partial, { force: true }).catch(() => undefined);
    if (opts.signal?.aborted) throw cancelled();
    if (readBackFailure) throw readBackFailure;
    if (abort.signal.aborted && !(err instanceof ApiError)) throw cancelled();
    if (err instanceof ApiError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ApiError('STORAGE', code === 'ENOSPC' ? '目标位置空间不足，备份未完成，没有留下任何文件' : `写入备份失败（${code ?? '未知错误'}），没有留下任何文件；U 盘是否已拔出？`);
  } finally {
    await readBack.stop();
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function cannotWrite(err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new ApiError('STORAGE', '目标位置是只读的或没有写入权限，无法写入备份');
  return err;
}

function uniqueName(folder: string, name: string): string {
  if (!existsSync(path.join(folder, name))) return name;
  const base = name.slice(0, -FULL_BACKUP_EXTENSION.length);
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}${FULL_BACKUP_EXTENSION}`;
    if (!existsSync(path.join(folder, candidate))) return candidate;
  }
}
