import { readFileSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import type { Database, SqlJsStatic } from 'sql.js';
import { ApiError } from '../../shared/api/errors';
import { writeAudit } from './audit';
import { BACKUP_INTERVAL_MS, writeBackup } from './backups';
import { TEMP_SUFFIX, installTemp, writeTempDurable } from './durableFile';
import { headerLooksValid } from './integrity';
import { GroupCommit } from './groupCommit';
import { PageCapture, databaseFileBytes, encodeDelta } from './pageCapture';
import { CHECKPOINT_SEQUENCE_KEY, recoverDatabase } from './recovery';
import { run } from './rows';
import { saveFailedError } from './storageError';
import type { CheckpointOptions, Store, Tx, WorkspacePaths } from './types';
import { LOG_HEADER_BYTES, LogAppender, appendDurable, encodeRecord, logPath, replaceLog, truncateDurable } from './writeAheadLog';

export const DEFAULT_CHECKPOINT: Required<CheckpointOptions> = {
  maxLogBytes: 32 * 1024 * 1024,
  maxAgeMs: BACKUP_INTERVAL_MS,
  idleMs: 30_000,
};

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
  /** Last sequence the database holds, and the last the snapshot on disk holds. */
  sequence: number;
  snapshotSequence: number;
  /** Where the next record is appended, and the end of each record the log holds. */
  logEnd: number;
  recordEnds: { sequence: number; end: number }[];
  checkpoint?: CheckpointOptions | undefined;
}

function isThenable(value: unknown): boolean {
  return !!value && typeof (value as { then?: unknown }).then === 'function';
}

interface PendingRecord {
  sequence: number;
  bytes: Uint8Array;
}

/**
 * The open workspace: an in-memory sql.js database. Each commit's pages go to the write-ahead log
 * (beian.wal) and are synced before the mutation resolves; checkpoints write the whole snapshot
 * (beian.sqlite) now and then and empty the log. See recovery.ts for how the two are read back.
 */
export class SqlStore implements Store {
  readonly paths: WorkspacePaths;
  private db: Database;
  private capture: PageCapture;
  private inTransaction = false;
  private closed = false;
  /** Set when memory could not be brought back in line with disk after a failed save. */
  private broken: ApiError | null = null;
  private lastBackupAt: number | null;
  private readonly commits: GroupCommit;
  private readonly limits: Required<CheckpointOptions>;
  private readonly log: string;
  /** beian.wal, kept open for appends; closed before the file is replaced. */
  private readonly appender: LogAppender;

  private sequence: number;
  private durableSequence: number;
  private snapshotSequence: number;
  private pending: PendingRecord[] = [];
  private logEnd: number;
  private recordEnds: { sequence: number; end: number }[];
  /** The log may end in bytes of a failed append: cut them off before the next one. */
  private cutLogBeforeAppend = false;
  /** Clock time of the oldest record the snapshot does not hold. */
  private oldestUncheckpointed: number | null = null;
  /** Bumped when memory is reloaded from disk: a checkpoint begun before must not be installed. */
  private generation = 0;
  /** The last checkpoint requested; each waits for the one before. */
  private checkpoints: Promise<void> = Promise.resolve();
  private waitingCheckpoints = 0;
  private checkpointsInFlight = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly config: SqlStoreConfig) {
    this.paths = config.paths;
    this.db = config.db;
    this.capture = new PageCapture(this.db);
    this.lastBackupAt = config.lastBackupAt;
    this.limits = { ...DEFAULT_CHECKPOINT, ...config.checkpoint };
    this.log = logPath(config.paths.root);
    this.appender = new LogAppender(this.log);
    this.sequence = config.sequence;
    this.durableSequence = config.sequence;
    this.snapshotSequence = config.snapshotSequence;
    this.logEnd = config.logEnd;
    this.recordEnds = [...config.recordEnds];
    if (this.sequence > this.snapshotSequence) this.oldestUncheckpointed = config.clock().getTime();
    this.commits = new GroupCommit({
      save: () => this.save(),
      failed: (err) => this.recover(err),
      after: () => this.afterSave(),
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

  /**
   * Writes a checkpoint now (if the log holds anything the snapshot does not) and waits for it and
   * any before it. Errors are thrown (the log still holds everything).
   */
  async checkpoint(): Promise<void> {
    this.assertUsable();
    await this.commits.idle();
    await this.checkpoints.catch(() => undefined);
    // Writes outside a mutation (the migrations on open) are logged by the checkpoint's own commit.
    if (this.sequence > this.snapshotSequence || this.capture.mark() > 0) await this.requestCheckpoint(true);
    else await this.checkpoints;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.clearIdleTimer();
    await this.commits.idle();
    await this.checkpoints.catch(() => undefined);
    if (!this.broken && this.sequence > this.snapshotSequence) {
      // A failed checkpoint on close loses nothing: the log holds every acknowledged change.
      await this.requestCheckpoint(true).catch(() => undefined);
    }
    await this.appender.close();
    if (!this.broken) {
      this.capture.detach();
      this.db.close();
    }
  }

  private assertUsable(): void {
    if (this.broken) throw this.broken;
    if (this.closed) throw new ApiError('STORAGE', '工作目录已关闭');
  }

  /** Every mutation passes here: BEGIN, the callback, COMMIT, then the pages the commit wrote become a pending log record. */
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
    const mark = this.capture.mark();
    this.inTransaction = true;
    db.exec('BEGIN');
    try {
      const result = fn(tx);
      if (isThenable(result)) throw new ApiError('INTERNAL', '修改函数必须是同步的');
      db.exec('COMMIT');
      const delta = this.capture.take();
      if (delta) {
        const sequence = ++this.sequence;
        this.pending.push({ sequence, bytes: encodeRecord(sequence, encodeDelta(delta)) });
      }
      return result;
    } catch (err) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // SQLite already rolled back (e.g. after a failed COMMIT)
      }
      this.capture.rollbackTo(mark);
      throw err;
    } finally {
      this.inTransaction = false;
    }
  }

  /** Appends every pending record in one write and syncs it. Takes its batch before the first await. */
  private async save(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    if (this.cutLogBeforeAppend) {
      await this.repairLogEnd();
      this.cutLogBeforeAppend = false;
    }
    let end = this.logEnd;
    const ends = batch.map((r) => ({ sequence: r.sequence, end: (end += r.bytes.byteLength) }));
    this.logEnd = await appendDurable(this.log, this.logEnd, batch.map((r) => r.bytes), this.appender);
    this.recordEnds.push(...ends);
    this.durableSequence = batch[batch.length - 1]!.sequence;
    this.oldestUncheckpointed ??= this.config.clock().getTime();
    this.config.onSaved?.();
  }

  /** A log shorter than its header (a cut-off creation) is recreated; otherwise cut back to its last whole record. */
  private async repairLogEnd(): Promise<void> {
    if (this.logEnd < LOG_HEADER_BYTES) {
      await this.appender.close();
      this.logEnd = await replaceLog(this.log, []);
      this.recordEnds = [];
    } else {
      await truncateDurable(this.log, this.logEnd);
    }
  }

  private backupDue(now: number): boolean {
    return this.lastBackupAt === null || now - this.lastBackupAt >= BACKUP_INTERVAL_MS;
  }

  /** After a save: a checkpoint when the log is large or old or a rolling backup is due; otherwise one once idle. */
  private async afterSave(): Promise<void> {
    if (this.closed || this.broken) return;
    const now = this.config.clock().getTime();
    const old = this.oldestUncheckpointed !== null && now - this.oldestUncheckpointed >= this.limits.maxAgeMs;
    // While one runs, the log's size says nothing yet (it is emptied at the end).
    const big = this.logEnd >= this.limits.maxLogBytes && this.checkpointsInFlight === 0;
    if (big || (old && this.checkpointsInFlight === 0) || this.backupDue(now)) {
      this.clearIdleTimer();
      // Not awaited: the checkpoint needs the commit queue for its last step.
      this.requestCheckpoint().catch(() => undefined);
      return;
    }
    this.armIdleTimer();
  }

  private armIdleTimer(): void {
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.closed && !this.broken && this.sequence > this.snapshotSequence) this.requestCheckpoint().catch(() => undefined);
    }, this.limits.idleMs);
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /**
   * 1. Now, synchronously: a commit records its own sequence N in kv, and the file right after it is
   *    the snapshot (no other commit can come between: mutations are synchronous).
   * 2. In the background, after any earlier checkpoint: the snapshot to beian.sqlite.tmp, synced.
   *    Saves go on meanwhile.
   * 3. Between saves, once record N is durable: rename over beian.sqlite, sync the folder, and drop the
   *    records up to N from the log (truncate, or a new log holding only later ones, by rename).
   * 4. The rolling backup, from the same bytes, when one is due.
   * A crash at any step leaves a snapshot plus a log that replay turns into the same database.
   */
  private requestCheckpoint(evenIfOneWaits = false): Promise<void> {
    const now = this.config.clock();
    const backup = this.backupDue(now.getTime());
    // A size, age or idle trigger while one waits to start: the next save triggers again after it.
    if (this.waitingCheckpoints > 0 && !backup && !evenIfOneWaits) return this.checkpoints;
    const generation = this.generation;
    const sequence = this.sequence + 1;
    this.transaction((tx) => {
      run(tx.db, 'INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
        CHECKPOINT_SEQUENCE_KEY,
        String(sequence),
      ]);
    });
    if (this.sequence !== sequence) return Promise.reject(new Error('checkpoint commit wrote nothing'));
    const bytes = databaseFileBytes(this.db);
    const logged = this.commits.request();
    logged.catch(() => undefined);
    const previousBackupAt = this.lastBackupAt;
    if (backup) this.lastBackupAt = now.getTime();
    this.waitingCheckpoints++;
    this.checkpointsInFlight++;
    const done = this.checkpoints
      .catch(() => undefined)
      .then(async () => {
        this.waitingCheckpoints--;
        await this.installCheckpoint(generation, sequence, bytes, logged);
        if (backup) {
          try {
            await writeBackup(this.paths, bytes, now, this.config.keepBackups);
          } catch (err) {
            // The checkpoint stands; the next save asks for the backup again.
            if (this.lastBackupAt === now.getTime()) this.lastBackupAt = previousBackupAt;
            throw err;
          }
        }
      })
      .finally(() => {
        this.checkpointsInFlight--;
      });
    this.checkpoints = done;
    return done;
  }

  private async installCheckpoint(generation: number, sequence: number, bytes: Uint8Array, logged: Promise<void>): Promise<void> {
    const temp = this.paths.database + TEMP_SUFFIX;
    try {
      // What the next open checks first: never put in place a snapshot it would call damaged.
      if (!headerLooksValid(bytes)) throw new Error(`checkpoint image of ${bytes.byteLength} bytes is not a whole database`);
      const written = await writeTempDurable(this.paths.database, bytes);
      await logged;
      const installed = await this.commits.exclusive(async () => {
        if (generation !== this.generation || this.durableSequence < sequence) return false;
        await installTemp(written);
        this.snapshotSequence = Math.max(this.snapshotSequence, sequence);
        await this.dropCheckpointedRecords(sequence);
        return true;
      });
      if (!installed) throw new Error('checkpoint overtaken by a failed save');
    } finally {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }

  /** Runs between saves: the log keeps only records after `sequence`. */
  private async dropCheckpointedRecords(sequence: number): Promise<void> {
    const keep = this.recordEnds.filter((r) => r.sequence > sequence);
    const cut = this.recordEnds.filter((r) => r.sequence <= sequence).at(-1)?.end ?? LOG_HEADER_BYTES;
    this.oldestUncheckpointed = keep.length > 0 ? this.config.clock().getTime() : null;
    if (keep.length === 0) {
      await truncateDurable(this.log, LOG_HEADER_BYTES);
      this.logEnd = LOG_HEADER_BYTES;
      this.recordEnds = [];
      return;
    }
    const tail = new Uint8Array(this.logEnd - cut);
    const handle = await open(this.log, 'r');
    try {
      await handle.read(tail, 0, tail.byteLength, cut);
    } finally {
      await handle.close();
    }
    await this.appender.close();
    this.logEnd = await replaceLog(this.log, [tail]);
    const shift = cut - LOG_HEADER_BYTES;
    this.recordEnds = keep.map((r) => ({ sequence: r.sequence, end: r.end - shift }));
  }

  /** After a failed append, memory goes back to what disk holds (snapshot + log up to its last whole record). */
  private recover(err: unknown): ApiError {
    const error = saveFailedError(err);
    this.generation++;
    this.pending = [];
    this.cutLogBeforeAppend = true;
    void this.appender.close(); // the next append opens the log afresh
    try {
      const snapshot = readFileSync(this.paths.database);
      const log = this.logEnd > 0 ? readFileSync(this.log).subarray(0, this.logEnd) : null;
      const recovered = recoverDatabase(this.config.SQL, snapshot, log);
      if (recovered.state !== 'ok') throw new Error(recovered.reason);
      this.capture.detach();
      this.db.close();
      this.db = recovered.db;
      this.capture = new PageCapture(this.db);
      this.sequence = recovered.sequence;
      this.durableSequence = recovered.sequence;
    } catch {
      this.broken = new ApiError('STORAGE', `${error.message} 工作目录中的数据文件也无法读取，请关闭后重新打开工作目录。`);
      this.clearIdleTimer();
      try {
        this.capture.detach();
        this.db.close();
      } catch {
        // already unusable
      }
    }
    return error;
  }
}
