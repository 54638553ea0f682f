import { readFile, rm } from 'node:fs/promises';
import type { Database } from 'sql.js';
import { DEFAULT_KEEP_BACKUPS, removeStaleBackupTemps, writeBackup } from './backups';
import { TEMP_SUFFIX, writeFileDurable } from './durableFile';
import { openIfIntact } from './integrity';
import { assertNotNewer, migrate } from './migrate';
import { goodRestorable, installDatabase, readRestorable } from './restore';
import { setAside } from './setAside';
import { SqlStore } from './sqlStore';
import { loadSqlJs } from './sqlWasm';
import type { OpenOptions, OpenResult } from './types';
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
    return { state: 'damaged', paths, setAsidePath, backups: await goodRestorable(SQL, root) };
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
