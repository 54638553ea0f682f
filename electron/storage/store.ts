import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { Database, SqlJsStatic } from 'sql.js';
import { ApiError } from '../../shared/api/errors';
import { DEFAULT_KEEP_BACKUPS, backupContents, backupPath, goodBackups, removeStaleBackupTemps, writeBackup } from './backups';
import { TEMP_SUFFIX, moveDurable, writeFileDurable } from './durableFile';
import { openIfIntact } from './integrity';
import { assertNotNewer, migrate } from './migrate';
import { SqlStore } from './sqlStore';
import { loadSqlJs } from './sqlWasm';
import { fileStamp } from './stamp';
import type { OpenOptions, OpenResult, WorkspacePaths } from './types';
import { ensureWorkspace } from './workspace';

export { listBackups } from './backups';

/** Page size for new databases: fewer, larger pages make the whole-file export on every save cheaper. */
const NEW_DATABASE_PAGE_SIZE = 16384;

async function readIfExists(file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** True when any user table holds a row: an empty database is not worth a backup. */
function hasRecords(db: Database): boolean {
  const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")[0]?.values ?? [];
  return tables.some(([name]) => {
    const quoted = `"${String(name).replace(/"/g, '""')}"`;
    return (db.exec(`SELECT 1 FROM ${quoted} LIMIT 1`)[0]?.values.length ?? 0) > 0;
  });
}

/** Renames the database aside, never overwriting anything; returns the new path. */
async function setAside(paths: WorkspacePaths, label: 'damaged' | 'replaced', now: Date): Promise<string> {
  const base = `${paths.database}.${label}-${fileStamp(now)}`;
  let target = base;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}`;
  await moveDurable(paths.database, target);
  return target;
}

interface OpenInternal {
  /** Skip the on-open backup (right after a restore it would only duplicate the restored backup). */
  skipOpenBackup?: boolean;
}

async function open(root: string, options: OpenOptions, internal: OpenInternal): Promise<OpenResult> {
  const paths = ensureWorkspace(root);
  const clock = options.clock ?? (() => new Date());
  const keepBackups = options.keepBackups ?? DEFAULT_KEEP_BACKUPS;
  const SQL = await loadSqlJs({ wasmPath: options.wasmPath });
  // A temp file is never the database: a crash before its rename means the old file still stands.
  // (If something else, such as a folder, sits there, the first save reports it.)
  await rm(paths.database + TEMP_SUFFIX, { force: true }).catch(() => undefined);
  await removeStaleBackupTemps(paths);

  const make = (db: Database, lastBackupAt: number | null) =>
    new SqlStore({ SQL, db, paths, clock, keepBackups, lastBackupAt, actor: options.actor ?? 'local', onSaved: options.onSaved });

  const bytes = await readIfExists(paths.database);
  if (bytes === null) {
    const db = new SQL.Database();
    try {
      db.exec(`PRAGMA page_size = ${NEW_DATABASE_PAGE_SIZE}`);
      migrate(db);
      await writeFileDurable(paths.database, db.export());
    } catch (err) {
      db.close();
      throw err;
    }
    return { state: 'ok', store: make(db, null) };
  }

  const db = openIfIntact(SQL, bytes);
  if (!db) {
    const setAsidePath = await setAside(paths, 'damaged', clock());
    return { state: 'damaged', paths, setAsidePath, backups: await goodBackups(SQL, root) };
  }
  try {
    assertNotNewer(db);
    let lastBackupAt: number | null = null;
    if (!internal.skipOpenBackup && hasRecords(db)) {
      // Taken from the file as found, before any migration touches it.
      const now = clock();
      await writeBackup(paths, bytes, now, keepBackups);
      lastBackupAt = now.getTime();
    }
    if (migrate(db) > 0) await writeFileDurable(paths.database, db.export());
    return { state: 'ok', store: make(db, lastBackupAt) };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Opens (creating if needed) the workspace at `root`. A database that fails its integrity check is
 * renamed aside, never overwritten, and the intact backups are offered; opening again after that
 * starts an empty database.
 */
export function openWorkspace(root: string, options: OpenOptions = {}): Promise<OpenResult> {
  return open(root, options, {});
}

/**
 * Puts backups/<file> (decompressed, if .gz) in place of the database (durably) and opens it. A
 * database still in place is first renamed aside, so a restore never destroys data.
 */
export async function restoreBackup(root: string, file: string, options: OpenOptions = {}): Promise<OpenResult> {
  const paths = ensureWorkspace(root);
  const source = backupPath(paths, file);
  const stored = await readIfExists(source);
  if (stored === null) throw new ApiError('NOT_FOUND', '找不到该备份文件');
  const bytes = await backupContents(file, stored);
  if (!bytes) throw new ApiError('STORAGE', '该备份文件的压缩数据不完整或已损坏，不能用于恢复；请选择另一个备份。');
  const SQL: SqlJsStatic = await loadSqlJs({ wasmPath: options.wasmPath });
  const check = openIfIntact(SQL, bytes);
  if (!check) throw new ApiError('STORAGE', '该备份文件已损坏，不能用于恢复；请选择另一个备份。');
  check.close();
  const now = (options.clock ?? (() => new Date()))();
  if (existsSync(paths.database)) await setAside(paths, 'replaced', now);
  await writeFileDurable(paths.database, bytes);
  const result = await open(root, options, { skipOpenBackup: true });
  return result.state === 'ok' ? { ...result, restoredFrom: file } : result;
}
