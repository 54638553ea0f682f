import { ApiError } from '../../shared/api/errors';
import { storedSecurityGroupSchema, type SecurityGroup, type StoredSecurityGroup } from '../../shared/records/securityGroup';
import { one, run } from '../storage/rows';
import type { Store } from '../storage/types';

const KIND = 'securityGroup';
const ID = 'main';

export function getSecurityGroup(store: Store): StoredSecurityGroup | null {
  const row = store.read((db) => one<{ data: string }>(db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [KIND, ID]));
  return row ? storedSecurityGroupSchema.parse(JSON.parse(row.data)) : null;
}

export function saveSecurityGroup(store: Store, group: SecurityGroup): Promise<StoredSecurityGroup> {
  return store.mutate((tx) => {
    const ids = [group.leaderId, ...group.members.map((m) => m.personId), ...group.trainings.flatMap((t) => t.attendeeIds)].filter(Boolean);
    for (const id of new Set(ids)) {
      if (!one(tx.db, "SELECT 1 AS x FROM record WHERE kind = 'person' AND id = ?", [id])) {
        throw new ApiError('VALIDATION', '成员：所选人员不存在（可能已被删除），请重新选择', 'members');
      }
    }
    const beforeRow = one<{ data: string }>(tx.db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [KIND, ID]);
    const before = beforeRow ? storedSecurityGroupSchema.parse(JSON.parse(beforeRow.data)) : null;
    const after: StoredSecurityGroup = { ...group, updatedAt: tx.now };
    const data = JSON.stringify(after);
    if (before) run(tx.db, 'UPDATE record SET data = ?, updated_at = ? WHERE kind = ? AND id = ?', [data, tx.now, KIND, ID]);
    else run(tx.db, 'INSERT INTO record (kind, id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [KIND, ID, data, tx.now, tx.now]);
    const strip = ({ updatedAt: _u, ...rest }: StoredSecurityGroup) => rest;
    tx.audit(KIND, ID, before ? strip(before) : null, strip(after));
    return after;
  });
}
