import type { Database } from 'sql.js';

export interface WorkspacePaths {
  root: string;
  database: string; // <root>/beian.sqlite, the snapshot; <root>/beian.wal holds what was committed since
  attachments: string; // <root>/attachments
  backups: string; // <root>/backups
}

export interface BackupInfo {
  file: string; // file name inside backups/
  createdAt: string; // ISO time
  bytes: number;
  /** 'setAside': a database a restore put aside (in the workspace folder, never pruned). Default: a rolling backup. */
  kind?: 'setAside';
}

/** What a mutation callback gets: the open database inside BEGIN … COMMIT, and the audit trail. */
export interface Tx {
  db: Database;
  /** ISO time of this mutation. */
  now: string;
  /**
   * Records every field that differs between `before` and `after` (null = created / removed) in the
   * audit table. Values are stored as JSON text (strings as themselves).
   */
  audit(entity: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): void;
}

export interface Store {
  readonly paths: WorkspacePaths;
  /** Synchronous read against the in-memory database. */
  read<T>(fn: (db: Database) => T): T;
  /**
   * Runs `fn` inside a transaction (rolled back if it throws) and resolves only after the new
   * database is durably on disk. Mutations issued while a save is running share the next save.
   */
  mutate<T>(fn: (tx: Tx) => T): Promise<T>;
  /**
   * Writes the whole database to beian.sqlite now and empties the log (it happens by itself when the
   * log grows large or old, at idle and on close).
   */
  checkpoint(): Promise<void>;
  /** Waits for pending saves, writes a checkpoint, then releases the database. */
  close(): Promise<void>;
}

export type OpenResult =
  | { state: 'ok'; store: Store; restoredFrom?: string; /** The set-aside file name of the database a restore replaced. */ replaced?: string }
  | { state: 'damaged'; paths: WorkspacePaths; setAsidePath: string; backups: BackupInfo[] };

export interface OpenOptions {
  /** Who is making changes, for the audit trail. Default: 'local'. */
  actor?: string;
  /** Injected clock for tests. */
  clock?: () => Date;
  /** How many rolling backups to keep. Default 10. */
  keepBackups?: number;
  /** Override where sql-wasm.wasm is read from. */
  wasmPath?: string;
  /** Called after each durable save of the database (tests and benchmarks count saves with it). */
  onSaved?: () => void;
  /** When the log is folded into a new snapshot (defaults in sqlStore.ts: 32 MB, 10 minutes, 30 s idle). */
  checkpoint?: CheckpointOptions;
}

export interface CheckpointOptions {
  /** Checkpoint once the log holds this many bytes. */
  maxLogBytes?: number;
  /** … or once its oldest record is this old (clock time). */
  maxAgeMs?: number;
  /** … or after this long without a save. */
  idleMs?: number;
}
