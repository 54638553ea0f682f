import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { ApiError } from '../../shared/api/errors';
import { TEMP_SUFFIX, writeFileDurable } from './durableFile';
import { isIntact } from './integrity';
import { fileStamp, parseFileStamp } from './stamp';
import type { BackupInfo, WorkspacePaths } from './types';
import { workspacePaths } from './workspace';

export const DEFAULT_KEEP_BACKUPS = 10;
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

const BACKUP_NAME = /^beian-(\d{8}-\d{6}-\d{3})\.sqlite$/;

export function backupFileName(date: Date): string {
  return `beian-${fileStamp(date, true)}.sqlite`;
}

/** The backup's full path, or an ApiError for anything that is not a plain backup file name. */
export function backupPath(paths: WorkspacePaths, file: string): string {
  const match = BACKUP_NAME.exec(file);
  if (!match || !parseFileStamp(match[1]!)) {
    throw new ApiError('VALIDATION', '备份文件名无效', 'file');
  }
  return path.join(paths.backups, file);
}

/** Backups in backups/, newest first (no integrity check). */
export async function listBackups(root: string): Promise<BackupInfo[]> {
  const dir = workspacePaths(root).backups;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const found: BackupInfo[] = [];
  for (const file of names) {
    const match = BACKUP_NAME.exec(file);
    const created = match && parseFileStamp(match[1]!);
    if (!created) continue;
    try {
      const info = await stat(path.join(dir, file));
      if (info.isFile()) found.push({ file, createdAt: created.toISOString(), bytes: info.size });
    } catch {
      // removed meanwhile
    }
  }
  return found.sort((a, b) => (a.file < b.file ? 1 : a.file > b.file ? -1 : 0));
}

/** Backups that pass `PRAGMA integrity_check`, newest first. */
export async function goodBackups(SQL: SqlJsStatic, root: string): Promise<BackupInfo[]> {
  const paths = workspacePaths(root);
  const good: BackupInfo[] = [];
  for (const backup of await listBackups(root)) {
    try {
      if (isIntact(SQL, await readFile(path.join(paths.backups, backup.file)))) good.push(backup);
    } catch {
      // unreadable: not offered
    }
  }
  return good;
}

/** Writes a backup durably, then keeps only the newest `keep`. Returns the new file's name. */
export async function writeBackup(paths: WorkspacePaths, bytes: Uint8Array, now: Date, keep: number): Promise<string> {
  const file = backupFileName(now);
  await writeFileDurable(path.join(paths.backups, file), bytes);
  await pruneBackups(paths, keep);
  return file;
}

export async function pruneBackups(paths: WorkspacePaths, keep: number): Promise<void> {
  const backups = await listBackups(paths.root);
  for (const old of backups.slice(Math.max(1, keep))) {
    await rm(path.join(paths.backups, old.file), { force: true });
  }
}

/** Removes temp files a crash left in backups/ (never valid backups: the rename did not happen). */
export async function removeStaleBackupTemps(paths: WorkspacePaths): Promise<void> {
  const names = await readdir(paths.backups).catch(() => [] as string[]);
  for (const name of names) {
    if (name.endsWith(TEMP_SUFFIX) && BACKUP_NAME.test(name.slice(0, -TEMP_SUFFIX.length))) {
      await rm(path.join(paths.backups, name), { force: true }).catch(() => undefined);
    }
  }
}
