import { randomUUID } from 'node:crypto';
import type { Database } from 'sql.js';
import { ApiError } from '../../shared/api/errors';
import { removeReleasedAttachmentFiles, type OrphanedAttachment } from '../attachments/cleanup';
import { all, one, run } from '../storage/rows';
import type { Store, Tx } from '../storage/types';

export interface AttachmentUse {
  field: string;
  sha256: string;
}

/** How one record kind is kept: its name, how input becomes a stored record, what scans it uses. */
export interface RecordKind<In, Out extends { id: string }> {
  kind: string;
  /** Chinese name for messages, e.g. 证照. */
  title: string;
  /** Builds the stored record (derived fields included) from validated input. */
  toStored(input: In, id: string, db: Database): Out;
  /** Re-validates a stored document read back from the database. */
  parseStored(data: unknown): Out;
  /** The scans this record refers to. */
  attachments?(record: Out): AttachmentUse[];
  /** Checks across records (unique numbers, references); throws ApiError. */
  check?(db: Database, record: Out): void;
  /** Checks before removal (e.g. a person still leading the security group); throws ApiError. */
  checkRemove?(db: Database, record: Out): void;
}

interface Row {
  data: string;
}

export function listRecords<In, Out extends { id: string }>(store: Store, def: RecordKind<In, Out>): Out[] {
  return store.read((db) => readAll(db, def));
}

export function readAll<In, Out extends { id: string }>(db: Database, def: RecordKind<In, Out>): Out[] {
  return all<Row>(db, 'SELECT data FROM record WHERE kind = ? ORDER BY created_at, id', [def.kind]).map((r) =>
    def.parseStored(JSON.parse(r.data)),
  );
}

export function readOne<In, Out extends { id: string }>(db: Database, def: RecordKind<In, Out>, id: string): Out | null {
  const row = one<Row>(db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [def.kind, id]);
  return row ? def.parseStored(JSON.parse(row.data)) : null;
}

export function getRecord<In, Out extends { id: string }>(store: Store, def: RecordKind<In, Out>, id: string): Out {
  const found = store.read((db) => readOne(db, def, id));
  if (!found) throw new ApiError('NOT_FOUND', `找不到这条${def.title}（可能已被删除）`);
  return found;
}

/** Rewrites the scan references of one record and returns the scans that nothing uses any more. */
function replaceAttachmentUses(tx: Tx, kind: string, id: string, uses: readonly AttachmentUse[]): OrphanedAttachment[] {
  const before = all<{ sha256: string }>(tx.db, 'SELECT DISTINCT sha256 FROM attachment_ref WHERE kind = ? AND record_id = ?', [kind, id]).map(
    (r) => r.sha256,
  );
  run(tx.db, 'DELETE FROM attachment_ref WHERE kind = ? AND record_id = ?', [kind, id]);
  for (const use of uses) {
    if (!one(tx.db, 'SELECT 1 AS x FROM attachment WHERE sha256 = ?', [use.sha256])) {
      throw new ApiError('VALIDATION', '扫描件不存在或已被清理，请重新上传', use.field);
    }
    run(tx.db, 'INSERT OR IGNORE INTO attachment_ref (sha256, kind, record_id, field) VALUES (?, ?, ?, ?)', [use.sha256, kind, id, use.field]);
  }
  const orphans: OrphanedAttachment[] = [];
  for (const sha256 of before) {
    if (one(tx.db, 'SELECT 1 AS x FROM attachment_ref WHERE sha256 = ?', [sha256])) continue;
    const a = one<{ ext: string }>(tx.db, 'SELECT ext FROM attachment WHERE sha256 = ?', [sha256]);
    run(tx.db, 'DELETE FROM attachment WHERE sha256 = ?', [sha256]);
    if (a) orphans.push({ sha256, ext: a.ext });
  }
  return orphans;
}

function auditable(record: object): Record<string, unknown> {
  const { id: _id, ...fields } = record as Record<string, unknown>;
  return fields;
}

export async function saveRecord<In, Out extends { id: string }>(
  store: Store,
  def: RecordKind<In, Out>,
  input: In & { id?: string | undefined },
): Promise<Out> {
  const { saved, orphans } = await store.mutate((tx) => {
    const id = input.id ?? randomUUID();
    const before = input.id ? readOne(tx.db, def, input.id) : null;
    if (input.id && !before) throw new ApiError('NOT_FOUND', `找不到要修改的${def.title}（可能已被删除）`);
    const record = def.toStored(input, id, tx.db);
    def.check?.(tx.db, record);
    const data = JSON.stringify(record);
    if (before) {
      run(tx.db, 'UPDATE record SET data = ?, updated_at = ? WHERE kind = ? AND id = ?', [data, tx.now, def.kind, id]);
    } else {
      run(tx.db, 'INSERT INTO record (kind, id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [def.kind, id, data, tx.now, tx.now]);
    }
    const orphaned = replaceAttachmentUses(tx, def.kind, id, def.attachments?.(record) ?? []);
    tx.audit(def.kind, id, before ? auditable(before) : null, auditable(record));
    return { saved: record, orphans: orphaned };
  });
  await removeReleasedAttachmentFiles(store, orphans);
  return saved;
}

export async function removeRecord<In, Out extends { id: string }>(store: Store, def: RecordKind<In, Out>, id: string): Promise<{ removed: true }> {
  const orphans = await store.mutate((tx) => {
    const before = readOne(tx.db, def, id);
    if (!before) throw new ApiError('NOT_FOUND', `找不到要删除的${def.title}（可能已被删除）`);
    def.checkRemove?.(tx.db, before);
    run(tx.db, 'DELETE FROM record WHERE kind = ? AND id = ?', [def.kind, id]);
    const orphaned = replaceAttachmentUses(tx, def.kind, id, []);
    tx.audit(def.kind, id, auditable(before), null);
    return orphaned;
  });
  await removeReleasedAttachmentFiles(store, orphans);
  return { removed: true };
}
