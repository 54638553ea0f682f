import type { Database } from 'sql.js';
import { z } from 'zod';
import { lastBackupSchema } from '../../shared/api/backupMethods';
import { one, run } from '../storage/rows';
import type { Store } from '../storage/types';

/** Record kind 'backupState' (one document, id 'main'): the last verified full backup and the reminder period. */
const KIND = 'backupState';
const ID = 'main';
export const DEFAULT_REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export const backupStateSchema = z.object({
  lastVerified: lastBackupSchema.nullable().default(null),
  /** The last verified backup off this computer: the one the reminder counts. */
  lastOffMachine: lastBackupSchema.nullable().default(null),
  reminderDays: z.number().int().min(1).max(365).default(DEFAULT_REMINDER_DAYS),
});
export type BackupState = z.infer<typeof backupStateSchema>;

function read(db: Database): BackupState {
  const row = one<{ data: string }>(db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [KIND, ID]);
  const parsed = backupStateSchema.safeParse(row ? JSON.parse(row.data) : {});
  return parsed.success ? parsed.data : backupStateSchema.parse({});
}

export function getBackupState(store: Store): BackupState {
  return store.read(read);
}

export function updateBackupState(store: Store, change: Partial<BackupState>): Promise<BackupState> {
  return store.mutate((tx) => {
    const exists = !!one(tx.db, 'SELECT 1 AS x FROM record WHERE kind = ? AND id = ?', [KIND, ID]);
    const before = read(tx.db);
    const after = backupStateSchema.parse({ ...before, ...change });
    const data = JSON.stringify(after);
    if (exists) run(tx.db, 'UPDATE record SET data = ?, updated_at = ? WHERE kind = ? AND id = ?', [data, tx.now, KIND, ID]);
    else run(tx.db, 'INSERT INTO record (kind, id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [KIND, ID, data, tx.now, tx.now]);
    tx.audit(KIND, ID, before, after);
    return after;
  });
}

/**
 * Whether a reminder is due: never backed up off this computer, or the last such backup is older than
 * the period. A backup to the local Documents folder does not count: it is lost with the disk.
 */
export function backupDue(state: BackupState, now: Date): { due: boolean; daysSince: number | null } {
  if (!state.lastOffMachine) return { due: true, daysSince: null };
  const daysSince = Math.max(0, Math.floor((now.getTime() - Date.parse(state.lastOffMachine.at)) / DAY_MS));
  return { due: daysSince >= state.reminderDays, daysSince };
}
