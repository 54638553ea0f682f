/**
 * Schema migrations, applied in order on open; `PRAGMA user_version` holds the last one applied.
 * Append only: never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the unit profile and the audit trail
  `
  CREATE TABLE unit (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    credit_code TEXT NOT NULL,
    roles TEXT NOT NULL,            -- JSON array of 单位类型
    registered_address TEXT NOT NULL,
    office_address TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
  );
  CREATE INDEX audit_entity ON audit (entity, entity_id);
  CREATE INDEX audit_at ON audit (at);
  `,
];
