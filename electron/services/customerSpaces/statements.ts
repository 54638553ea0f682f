import type { Database, SqlValue, Statement } from 'sql.js';

// Prepared statements kept per database: the writer runs a handful of statements per space, up to 100,000
// times in one import, and preparing each time would cost more than running them. sql.js frees a database's
// statements when it is closed (and keeps them across export()), so a WeakMap entry dies with its database.
const caches = new WeakMap<Database, Map<string, Statement>>();

function prepared(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}

/** Runs a cached statement that returns nothing. */
export function exec(db: Database, sql: string, params: SqlValue[]): void {
  prepared(db, sql).run(params);
}

/** The first row of a cached statement as an array of column values, or undefined. */
export function first(db: Database, sql: string, params: SqlValue[]): SqlValue[] | undefined {
  const stmt = prepared(db, sql);
  try {
    stmt.bind(params);
    return stmt.step() ? stmt.get() : undefined;
  } finally {
    stmt.reset();
  }
}

/** Calls `fn` with every row of a cached statement. */
export function each(db: Database, sql: string, params: SqlValue[], fn: (row: SqlValue[]) => void): void {
  const stmt = prepared(db, sql);
  try {
    stmt.bind(params);
    while (stmt.step()) fn(stmt.get());
  } finally {
    stmt.reset();
  }
}
