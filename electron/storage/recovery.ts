import type { Database, SqlJsStatic } from 'sql.js';
import { headerLooksValid, openIfIntact } from './integrity';
import { FileImage, withAllPages } from './pageCapture';
import { one } from './rows';
import { LOG_HEADER_BYTES, scanLog } from './writeAheadLog';

/** The kv key under which a snapshot records the last log sequence it holds. */
export const CHECKPOINT_SEQUENCE_KEY = 'storage.checkpointSequence';

/** The last log sequence this database holds; 0 for a database from before the log (or without kv). */
export function checkpointSequence(db: Database): number {
  try {
    const value = one<{ value: string }>(db, 'SELECT value FROM kv WHERE key = ?', [CHECKPOINT_SEQUENCE_KEY])?.value;
    const n = Number(value ?? 0);
    return Number.isSafeInteger(n) && n >= 0 ? n : 0;
  } catch {
    return 0; // no kv table (a database older than migration 3)
  }
}

export type Recovered =
  | {
      state: 'ok';
      db: Database;
      /** Last sequence the database holds (snapshot plus replayed records). */
      sequence: number;
      /** Last sequence the snapshot alone holds. */
      snapshotSequence: number;
      /** Records replayed onto the snapshot. */
      replayed: number;
      /** Where the next record goes: past the last whole record; LOG_HEADER_BYTES for an empty log, 0 when there is no usable header. */
      logEnd: number;
      /** The log ends in a torn record (or a cut-off header) that must be cut off before the next append. */
      tornTail: boolean;
      /** End offset of each record the log holds, by sequence (for the checkpoint that later drops them). */
      recordEnds: { sequence: number; end: number }[];
    }
  | { state: 'damaged'; reason: string };

/**
 * The database the files hold: the snapshot, then every log record after the sequence it records,
 * in order, then `PRAGMA integrity_check`. `log` is null when there is no log (a workspace from an
 * earlier version, or one whose log was set aside by a restore).
 */
export function recoverDatabase(SQL: SqlJsStatic, snapshot: Uint8Array, log: Uint8Array | null): Recovered {
  if (!headerLooksValid(snapshot)) return { state: 'damaged', reason: 'snapshot header' };
  const scan = scanLog(log ?? new Uint8Array(0));
  if (!scan.ok) return { state: 'damaged', reason: `log ${scan.reason}` };
  const logEnd = scan.validEnd >= LOG_HEADER_BYTES ? scan.validEnd : 0;
  const recordEnds = scan.records.map((r) => ({ sequence: r.sequence, end: r.end }));

  let snapshotSequence = 0;
  if (scan.records.length > 0) {
    // Which records the snapshot already holds; the integrity check comes once, after replay.
    try {
      const peek = new SQL.Database(snapshot);
      try {
        snapshotSequence = checkpointSequence(peek);
      } finally {
        peek.close();
      }
    } catch {
      return { state: 'damaged', reason: 'snapshot unreadable' };
    }
  }
  const pending = scan.records.filter((r) => r.sequence > snapshotSequence);
  if (pending.length > 0 && pending[0]!.sequence !== snapshotSequence + 1) {
    return { state: 'damaged', reason: `log starts at ${scan.records[0]!.sequence}, snapshot holds ${snapshotSequence}` };
  }
  let bytes = snapshot;
  if (pending.length > 0) {
    const image = new FileImage(snapshot);
    try {
      for (const record of pending) image.apply(record.payload);
    } catch {
      return { state: 'damaged', reason: 'record payload' };
    }
    bytes = withAllPages(image.bytes());
  }
  const db = openIfIntact(SQL, bytes);
  if (!db) return { state: 'damaged', reason: 'integrity_check' };
  const sequence = pending.length > 0 ? pending[pending.length - 1]!.sequence : checkpointSequence(db);
  return {
    state: 'ok',
    db,
    sequence,
    snapshotSequence: pending.length > 0 ? snapshotSequence : sequence,
    replayed: pending.length,
    logEnd,
    tornTail: scan.tornTail,
    recordEnds,
  };
}
