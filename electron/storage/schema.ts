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
  // 2: records kept as validated JSON documents (licenses, people, servers, …), scans and what uses them
  `
  CREATE TABLE record (
    kind TEXT NOT NULL,             -- 'license', 'person', 'server', …
    id TEXT NOT NULL,
    data TEXT NOT NULL,             -- JSON, validated by the kind's zod schema in shared/records
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, id)
  ) WITHOUT ROWID;
  CREATE TABLE attachment (
    sha256 TEXT PRIMARY KEY,        -- the file is attachments/<sha256>.<ext>
    ext TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    original_name TEXT NOT NULL,
    added_at TEXT NOT NULL
  );
  CREATE TABLE attachment_ref (
    sha256 TEXT NOT NULL REFERENCES attachment (sha256),
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    PRIMARY KEY (sha256, kind, record_id, field)
  ) WITHOUT ROWID;
  CREATE INDEX attachment_ref_record ON attachment_ref (kind, record_id);
  `,
  // 3: customer spaces (kept in record as kind 'customerSpace'), their codes never reused, domains bound once;
  //    the monthly change reports made; sealed game logs; small key-value settings (the space-code counter)
  `
  CREATE TABLE space_code (
    code TEXT PRIMARY KEY,          -- 空间编号; the row stays when the space is removed, so a code is never reused
    space_id TEXT,                  -- NULL once the space is removed
    issued_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX space_code_space ON space_code (space_id);
  CREATE TABLE space_domain (
    domain TEXT PRIMARY KEY,        -- ASCII (Punycode), lower case: a domain is bound to one space only
    space_id TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX space_domain_space ON space_domain (space_id);
  CREATE TABLE kv (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE monthly_report (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    month TEXT NOT NULL,            -- YYYY-MM
    reported_at TEXT NOT NULL,
    from_audit_id INTEGER NOT NULL, -- the report covers audit rows with from_audit_id < id <= to_audit_id
    to_audit_id INTEGER NOT NULL,
    added INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    via TEXT NOT NULL
  );
  CREATE TABLE log_seal (
    seq INTEGER PRIMARY KEY,        -- 1, 2, 3 … the chain runs in this order
    id TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    kind TEXT NOT NULL,             -- 'file' | 'folder'
    server_id TEXT NOT NULL,
    note TEXT NOT NULL,
    sealed_at TEXT NOT NULL,
    file_count INTEGER NOT NULL,
    total_bytes INTEGER NOT NULL,
    files TEXT NOT NULL,            -- JSON [{path, bytes, sha256}] sorted by path
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  );
  `,
];
