import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { ApiError } from '../../shared/api/errors';
import { backupContents, backupPath, goodBackups, listBackups } from './backups';
import { moveDurable, writeFileDurable } from './durableFile';
import { isIntact, openIfIntact } from './integrity';
import { assertNotNewer } from './migrate';
import { isSetAsideName, listSetAside, setAside, setAsideFile } from './setAside';
import type { BackupInfo, WorkspacePaths } from './types';
import { logPath } from './writeAheadLog';

async function readIfExists(file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Rolling backups and set-aside databases, newest first (no integrity check). */
export async function listRestorable(root: string): Promise<BackupInfo[]> {
  const all = [...(await listSetAside(root)), ...(await listBackups(root))];
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Like listRestorable, but only what passes `PRAGMA integrity_check` (offered for a damaged database). */
export async function goodRestorable(SQL: SqlJsStatic, root: string): Promise<BackupInfo[]> {
  const setAside: BackupInfo[] = [];
  for (const entry of await listSetAside(root)) {
    const bytes = await readIfExists(path.join(root, entry.file)).catch(() => null);
    if (bytes && isIntact(SQL, bytes)) setAside.push(entry);
  }
  return [...setAside, ...(await goodBackups(SQL, root))].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The database a backup (backups/<file>) or a set-aside database (<root>/<file>) holds, checked whole:
 * a bare name, readable, decompressed, intact, not from a newer app. Touches nothing.
 */
export async function readRestorable(SQL: SqlJsStatic, paths: WorkspacePaths, file: string): Promise<Uint8Array> {
  const source = isSetAsideName(file) ? path.join(paths.root, file) : backupPath(paths, file);
  const stored = await readIfExists(source);
  if (stored === null) throw new ApiError('NOT_FOUND', '找不到该备份文件');
  const bytes = await backupContents(file, stored);
  if (!bytes) throw new ApiError('STORAGE', '该备份文件的压缩数据不完整或已损坏，不能用于恢复；请选择另一个备份。');
  assertRestorableDatabase(SQL, bytes);
  return bytes;
}

/** Refuses a damaged database or one from a newer app, before anything in the workspace is touched. */
export function assertRestorableDatabase(SQL: SqlJsStatic, bytes: Uint8Array): void {
  const db = openIfIntact(SQL, bytes);
  if (!db) throw new ApiError('STORAGE', '该备份文件已损坏，不能用于恢复；请选择另一个备份。');
  try {
    assertNotNewer(db);
  } finally {
    db.close();
  }
}

/**
 * The one place a restore puts a database in place (rolling backup, set-aside database, full backup):
 * the write-ahead log is set aside first, so no record written after the old database is replayed onto
 * the new one; then the database still there (never overwritten); if the new one cannot be written,
 * the old one is moved back. Only a database known to hold no record may be replaced in place
 * (`setAsideCurrent` false; the write is still atomic). Returns the set-aside file's name, or null when there was none.
 * (The workspace must be closed: whatever else a store keeps beside the database belongs reset here.)
 */
export async function installDatabase(paths: WorkspacePaths, bytes: Uint8Array, now: Date, setAsideCurrent = true): Promise<string | null> {
  const log = logPath(paths.root);
  if (existsSync(log)) await setAsideFile(log, 'replaced', now);
  const replaced = setAsideCurrent && existsSync(paths.database) ? await setAside(paths, 'replaced', now) : null;
  try {
    await writeFileDurable(paths.database, bytes);
  } catch (err) {
    if (replaced && !existsSync(paths.database)) await moveDurable(replaced, paths.database);
    throw err;
  }
  return replaced && path.basename(replaced);
}
