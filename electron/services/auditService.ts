import type { AuditEntry } from '../../shared/api/contract';
import { all } from '../storage/rows';
import type { Store } from '../storage/types';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

export function listAudit(store: Store, filter: { entity?: string | undefined; limit: number }): AuditEntry[] {
  const rows = store.read((db) =>
    filter.entity
      ? all<AuditRow>(db, 'SELECT * FROM audit WHERE entity = ? ORDER BY id DESC LIMIT ?', [filter.entity, filter.limit])
      : all<AuditRow>(db, 'SELECT * FROM audit ORDER BY id DESC LIMIT ?', [filter.limit]),
  );
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
  }));
}
