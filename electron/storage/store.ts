import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { Database } from 'sql.js';
import { DEFAULT_KEEP_BACKUPS, removeStaleBackupTemps, writeBackup } from './backups';
import { TEMP_SUFFIX, writeFileDurable } from './durableFile';
import { headerLooksValid } from './integrity';
import { assertNotNewer, migrate } from './migrate';
import { databaseFileBytes } from './pageCapture';
import { recoverDatabase } from './recovery';
import { goodRestorable, installDatabase, readRestorable } from './restore';
import { setAside, setAsideFile } from './setAside';
import { SqlStore } from './sqlStore';
import { loadSqlJs } from './sqlWasm';
import type { OpenOptions, OpenResult } from './types';
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
export function hasRecords(db: Database): boolean {
  const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")[0]?.values ?? [];
  return tables.some(([name]) => {
    const quoted = `"${String(name).replace(/"/g, '""')}"`;
    return (db.exec(`SELECT 1 FROM ${quoted} LIMIT 1`)[0]?.values.length ?? 0) > 0;
  });
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
    if (existsSync(log)) await setAsideFile(log, 'orphan', clock());
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
    if (logBytes !== null) await setAsideFile(log, 'damaged', now);
    const setAsidePath = await setAside(paths, 'damaged', now);
    return { state: 'damaged', paths, setAsidePath, backups: await goodRestorable(SQL, root) };
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
 * Puts backups/<file> (decompressed, if .gz) or a set-aside database in place of the database (durably)
 * and opens it. The backup is checked whole before anything is touched; a database still in place is
 * first renamed aside (listed and restorable itself), so a restore never destroys data.
 */
export async function restoreBackup(root: string, file: string, options: OpenOptions = {}): Promise<OpenResult> {
  const paths = ensureWorkspace(root);
  const bytes = await readRestorable(await loadSqlJs({ wasmPath: options.wasmPath }), paths, file);
  return restoreDatabase(root, bytes, file, options);
}

/**
 * Installs `bytes` (already checked: intact, not newer) as the workspace's database and opens it; the
 * workspace must be closed. `from` names the source for the status (a backup's file name); a database
 * holding no record need not be set aside (`setAsideCurrent` false).
 */
export async function restoreDatabase(root: string, bytes: Uint8Array, from: string, options: OpenOptions = {}, setAsideCurrent = true): Promise<OpenResult> {
  const paths = ensureWorkspace(root);
  const replaced = await installDatabase(paths, bytes, (options.clock ?? (() => new Date()))(), setAsideCurrent);
  const result = await open(root, options, { skipOpenBackup: true });
  if (result.state !== 'ok') return result;
  return { ...result, restoredFrom: from, ...(replaced ? { replaced } : {}) };
}
