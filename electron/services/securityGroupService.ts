import type { Database } from 'sql.js';
import { ApiError } from '../../shared/api/errors';
import { storedSecurityGroupSchema, type SecurityGroup, type StoredSecurityGroup } from '../../shared/records/securityGroup';
import { all, one, run } from '../storage/rows';
import type { Store } from '../storage/types';

const KIND = 'securityGroup';
const ID = 'main';
const GONE = '所选人员不存在（可能已被删除），请重新选择';

export function getSecurityGroup(store: Store): StoredSecurityGroup | null {
  const row = store.read((db) => one<{ data: string }>(db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [KIND, ID]));
  return row ? storedSecurityGroupSchema.parse(JSON.parse(row.data)) : null;
}

/**
 * Checks across records, each failure on the field that holds it: every person named exists in 人员,
 * and the member whose 组内职责 is 组长 is the chosen 组长 (one leader, named once).
 */
function checkGroup(db: Database, group: SecurityGroup): void {
  const people = new Set(all<{ id: string }>(db, "SELECT id FROM record WHERE kind = 'person'").map((r) => r.id));
  if (group.leaderId && !people.has(group.leaderId)) throw new ApiError('VALIDATION', `组长：${GONE}`, 'leaderId');
  group.members.forEach((m, i) => {
    if (!people.has(m.personId)) throw new ApiError('VALIDATION', `成员：${GONE}`, `members.${i}.personId`);
    if (m.duty === '组长' && m.personId !== group.leaderId) {
      throw new ApiError('VALIDATION', '成员：组内职责为“组长”的成员应是上面所选的组长', `members.${i}.duty`);
    }
  });
  group.trainings.forEach((t, i) => {
    if (t.attendeeIds.some((id) => !people.has(id))) throw new ApiError('VALIDATION', `参加人员：${GONE}`, `trainings.${i}.attendeeIds`);
  });
}

export function saveSecurityGroup(store: Store, group: SecurityGroup): Promise<StoredSecurityGroup> {
  return store.mutate((tx) => {
    checkGroup(tx.db, group);
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
