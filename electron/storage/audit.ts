import type { Database } from 'sql.js';
import { run } from './rows';

export interface AuditContext {
  at: string;
  actor: string;
}

type Fields = Record<string, unknown> | null;

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Audit text for one value: strings as themselves, anything else as JSON; absent as SQL NULL. */
export function auditValue(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  return stableJson(value) ?? null;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a === b || stableJson(a) === stableJson(b);
}

/** Writes one audit row per field that differs (every field when the record is created or removed). */
export function writeAudit(db: Database, ctx: AuditContext, entity: string, entityId: string, before: Fields, after: Fields): number {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  let written = 0;
  for (const field of fields) {
    const oldValue = before?.[field];
    const newValue = after?.[field];
    if (oldValue === undefined && newValue === undefined) continue;
    if (before && after && same(oldValue, newValue)) continue;
    run(
      db,
      'INSERT INTO audit (at, actor, entity, entity_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [ctx.at, ctx.actor, entity, entityId, field, auditValue(oldValue), auditValue(newValue)],
    );
    written++;
  }
  return written;
}
