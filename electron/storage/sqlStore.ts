import { readFileSync } from 'node:fs';
import type { Database, SqlJsStatic } from 'sql.js';
import { ApiError } from '../../shared/api/errors';
import { writeAudit } from './audit';
import { BACKUP_INTERVAL_MS, writeBackup } from './backups';
import { writeFileDurable } from './durableFile';
import { GroupCommit } from './groupCommit';
import { saveFailedError } from './storageError';
import type { Store, Tx, WorkspacePaths } from './types';

export interface SqlStoreConfig {
  SQL: SqlJsStatic;
  db: Database;
  paths: WorkspacePaths;
  actor: string;
  clock: () => Date;
  keepBackups: number;
  /** When the last rolling backup was taken (clock time), if one was taken in this session. */
  lastBackupAt: number | null;
  onSaved?: (() => void) | undefined;
}

function isThenable(value: unknown): boolean {
  return !!value && typeof (value as { then?: unknown }).then === 'function';
}

/** The open workspace: an in-memory sql.js database whose every mutation is saved whole and durably. */
export class SqlStore implements Store {
  readonly paths: WorkspacePaths;
  private db: Database;
  private inTransaction = false;
  private closed = false;
  /** Set when memory could not be brought back in line with disk after a failed save. */
  private broken: ApiError | null = null;
  private lastBackupAt: number | null;
  private backupDue: Uint8Array | null = null;
  private readonly commits: GroupCommit;

  constructor(private readonly config: SqlStoreConfig) {
    this.paths = config.paths;
    this.db = config.db;
    this.lastBackupAt = config.lastBackupAt;
    this.commits = new GroupCommit({
      save: () => this.save(),
      failed: (err) => this.recover(err),
      after: () => this.backupIfDue(),
    });
  }

  read<T>(fn: (db: Database) => T): T {
    this.assertUsable();
    return fn(this.db);
  }

  mutate<T>(fn: (tx: Tx) => T): Promise<T> {
    try {
      this.assertUsable();
      if (this.inTransaction) throw new ApiError('INTERNAL', '不能在一次修改内部发起另一次修改');
      const result = this.transaction(fn);
      return this.commits.request().then(() => result);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.commits.idle();
    if (!this.broken) this.db.close();
  }

  private assertUsable(): void {
    if (this.broken) throw this.broken;
    if (this.closed) throw new ApiError('STORAGE', '工作目录已关闭');
  }

  private transaction<T>(fn: (tx: Tx) => T): T {
    const db = this.db;
    const now = this.config.clock().toISOString();
    const ctx = { at: now, actor: this.config.actor };
    const tx: Tx = {
      db,
      now,
      audit: (entity, entityId, before, after) => {
        writeAudit(db, ctx, entity, entityId, before, after);
      },
    };
    this.inTransaction = true;
    db.exec('BEGIN');
    try {
      const result = fn(tx);
      if (isThenable(result)) throw new ApiError('INTERNAL', '修改函数必须是同步的');
      db.exec('COMMIT');
      return result;
    } catch (err) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // SQLite already rolled back (e.g. after a failed COMMIT)
      }
      throw err;
    } finally {
      this.inTransaction = false;
    }
  }

  private async save(): Promise<void> {
    // export() must run outside a transaction; mutations are synchronous, so none is open here.
    const bytes = this.db.export();
    await writeFileDurable(this.paths.database, bytes);
    this.config.onSaved?.();
    const now = this.config.clock().getTime();
    if (this.lastBackupAt === null || now - this.lastBackupAt >= BACKUP_INTERVAL_MS) this.backupDue = bytes;
  }

  private async backupIfDue(): Promise<void> {
    const bytes = this.backupDue;
    if (!bytes) return;
    this.backupDue = null;
    const now = this.config.clock();
    // A failed backup does not undo a durable save; it is retried after the next save.
    await writeBackup(this.paths, bytes, now, this.config.keepBackups);
    this.lastBackupAt = now.getTime();
  }

  /** After a failed save, memory goes back to the last durable file so it never claims more than disk holds. */
  private recover(err: unknown): ApiError {
    const error = saveFailedError(err);
    this.backupDue = null;
    try {
      const bytes = readFileSync(this.paths.database);
      const fresh = new this.config.SQL.Database(bytes);
      this.db.close();
      this.db = fresh;
    } catch {
      this.broken = new ApiError('STORAGE', `${error.message} 工作目录中的数据文件也无法读取，请关闭后重新打开工作目录。`);
      try {
        this.db.close();
      } catch {
        // already unusable
      }
    }
    return error;
  }
}
