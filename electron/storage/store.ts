import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { Database, SqlJsStatic } from 'sql.js';
import { ApiError } from '../../shared/api/errors';
import { DEFAULT_KEEP_BACKUPS, backupContents, backupPath, goodBackups, removeStaleBackupTemps, writeBackup } from './backups';
import { TEMP_SUFFIX, moveDurable, writeFileDurable } from './durableFile';
import { headerLooksValid, openIfIntact } from './integrity';
import { assertNotNewer, migrate } from './migrate';
import { databaseFileBytes } from './pageCapture';
import { recoverDatabase } from './recovery';
import { SqlStore } from './sqlStore';
import { loadSqlJs } from './sqlWasm';
import { fileStamp } from './stamp';
import type { OpenOptions, OpenResult, WorkspacePaths } from './types';
import { ensureWorkspace } from './workspace';
import { LOG_HEADER_BYTES, logPath, replaceLog, truncateDurable } from './writeAheadLog';

export { listBackups } from './backups';

/**
 * Page size for new databases. A save appends the pages it wrote to the log, so small pages keep it
 * small (SQLite's default; existing workspaces keep the size they were made with).
 */
const NEW_DATABASE_PAGE_SIZE = 4096;

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

type AsideLabel = 'damaged' | 'replaced' | 'orphan';

/** Renames `file` aside in its folder, never overwriting anything; returns the new path. */
async function setAside(file: string, label: AsideLabel, now: Date): Promise<string> {
  const base = `${file}.${label}-${fileStamp(now)}`;
  let target = base;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}`;
  await moveDurable(file, target);
  return target;
}

/**
 * Puts `bytes` in place as the workspace's database, durably: the log (beian.wal) is set aside first,
 * so no record written after the old database is replayed onto the new one, then the database itself;
 * nothing is deleted. Any restore of a backup must go through here (the workspace must be closed).
 */
export async function installDatabase(paths: WorkspacePaths, bytes: Uint8Array, now: Date): Promise<void> {
  const log = logPath(paths.root);
  if (existsSync(log)) await setAside(log, 'replaced', now);
  if (existsSync(paths.database)) await setAside(paths.database, 'replaced', now);
  await writeFileDurable(paths.database, bytes);
}

interface OpenInternal {
  /** Skip the on-open backup (right after a restore it would only duplicate the restored backup). */
  skipOpenBackup?: boolean;
}

async function open(root: string, options: OpenOptions, internal: OpenInternal): Promise<OpenResult> {
  const paths = ensureWorkspace(root);
  const log = logPath(paths.root);
  const clock = options.clock ?? (() => new Date());
  const keepBackups = options.keepBackups ?? DEFAULT_KEEP_BACKUPS;
  const SQL = await loadSqlJs({ wasmPath: options.wasmPath });
  // A temp file is never the database nor the log: a crash before its rename means the old file still stands.
  // (If something else, such as a folder, sits there, the next write reports it.)
  await rm(paths.database + TEMP_SUFFIX, { force: true }).catch(() => undefined);
  await rm(log + TEMP_SUFFIX, { force: true }).catch(() => undefined);
  await removeStaleBackupTemps(paths);

  const make = (db: Database, lastBackupAt: number | null, state: { sequence: number; snapshotSequence: number; logEnd: number; recordEnds: { sequence: number; end: number }[] }) =>
    new SqlStore({
      SQL,
      db,
      paths,
      clock,
      keepBackups,
      lastBackupAt,
      actor: options.actor ?? 'local',
      onSaved: options.onSaved,
      checkpoint: options.checkpoint,
      ...state,
    });

  const bytes = await readIfExists(paths.database);
  if (bytes === null) {
    // A log without its snapshot cannot be replayed onto anything: kept aside, never deleted.
    if (existsSync(log)) await setAside(log, 'orphan', clock());
    const db = new SQL.Database();
    try {
      db.exec(`PRAGMA page_size = ${NEW_DATABASE_PAGE_SIZE}`);
      migrate(db);
      const created = databaseFileBytes(db);
      // A kill before the rename leaves no database (the next open starts again); never a file the next open calls damaged.
      if (!headerLooksValid(created)) throw new Error(`new database image of ${created.byteLength} bytes is not a whole database`);
      await writeFileDurable(paths.database, created);
      const logEnd = await replaceLog(log, []);
      return { state: 'ok', store: make(db, null, { sequence: 0, snapshotSequence: 0, logEnd, recordEnds: [] }) };
    } catch (err) {
      db.close();
      throw err;
    }
  }

  const logBytes = await readIfExists(log);
  const recovered = recoverDatabase(SQL, bytes, logBytes);
  if (recovered.state !== 'ok') {
    const now = clock();
    if (logBytes !== null) await setAside(log, 'damaged', now);
    const setAsidePath = await setAside(paths.database, 'damaged', now);
    return { state: 'damaged', paths, setAsidePath, backups: await goodBackups(SQL, root) };
  }
  const { db } = recovered;
  let store: SqlStore | null = null;
  try {
    assertNotNewer(db);
    let lastBackupAt: number | null = null;
    if (!internal.skipOpenBackup && hasRecords(db)) {
      // Taken before any migration touches it: the file as found, or what replaying its log gave.
      const now = clock();
      await writeBackup(paths, recovered.replayed > 0 ? databaseFileBytes(db) : bytes, now, keepBackups);
      lastBackupAt = now.getTime();
    }
    let { logEnd, recordEnds } = recovered;
    if (logEnd < LOG_HEADER_BYTES) {
      logEnd = await replaceLog(log, []); // no log yet (a workspace from before the log), or its creation was cut off
      recordEnds = [];
    } else if (recovered.replayed === 0 && recordEnds.length > 0) {
      await truncateDurable(log, LOG_HEADER_BYTES); // a checkpoint was cut off after its rename: the snapshot holds them all
      logEnd = LOG_HEADER_BYTES;
      recordEnds = [];
    } else if (recovered.tornTail) {
      await truncateDurable(log, logEnd); // the append a crash cut short was never acknowledged
    }
    store = make(db, lastBackupAt, { sequence: recovered.sequence, snapshotSequence: recovered.snapshotSequence, logEnd, recordEnds });
    // Migrations write through the store's page capture, so the checkpoint below logs them too.
    const migrated = migrate(db);
    if (migrated > 0 || recovered.replayed > 0) await store.checkpoint();
    return { state: 'ok', store };
  } catch (err) {
    if (store) await store.close().catch(() => undefined);
    else db.close();
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
  await installDatabase(paths, bytes, (options.clock ?? (() => new Date()))());
  const result = await open(root, options, { skipOpenBackup: true });
  return result.state === 'ok' ? { ...result, restoredFrom: file } : result;
}
