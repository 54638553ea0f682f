import { storedDutyPolicySchema, type DutyPolicy, type StoredDutyPolicy } from '../../shared/records/dutyPolicy';
import { one, run } from '../storage/rows';
import type { Store } from '../storage/types';

// 值班制度: one record of its own kind, so the 值班表 settings and their undo history stay untouched.
const KIND = 'dutyPolicy';
const ID = 'main';

export function getDutyPolicy(store: Store): StoredDutyPolicy | null {
  const row = store.read((db) => one<{ data: string }>(db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [KIND, ID]));
  return row ? storedDutyPolicySchema.parse(JSON.parse(row.data)) : null;
}

export function saveDutyPolicy(store: Store, policy: DutyPolicy): Promise<StoredDutyPolicy> {
  return store.mutate((tx) => {
    const beforeRow = one<{ data: string }>(tx.db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [KIND, ID]);
    const before = beforeRow ? storedDutyPolicySchema.parse(JSON.parse(beforeRow.data)) : null;
    const after: StoredDutyPolicy = { text: policy.text, updatedAt: tx.now };
    const data = JSON.stringify(after);
    if (before) run(tx.db, 'UPDATE record SET data = ?, updated_at = ? WHERE kind = ? AND id = ?', [data, tx.now, KIND, ID]);
    else run(tx.db, 'INSERT INTO record (kind, id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [KIND, ID, data, tx.now, tx.now]);
    tx.audit(KIND, ID, before ? { text: before.text } : null, { text: after.text });
    return after;
  });
}
