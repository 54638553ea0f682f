import type { BindParams, Database, SqlValue } from 'sql.js';

export type Params = BindParams | undefined;

/** Every row of `sql` as an object keyed by column name. */
export function all<T = Record<string, SqlValue>>(db: Database, sql: string, params?: Params): T[] {
  const stmt = db.prepare(sql);
  try {
    if (params !== undefined) stmt.bind(params);
    const rows: T[] = [];
    while (stmt.step()) rows.push(stmt.getAsObject() as T);
    return rows;
  } finally {
    stmt.free();
  }
}

/** The first row of `sql`, or undefined. */
export function one<T = Record<string, SqlValue>>(db: Database, sql: string, params?: Params): T | undefined {
  const stmt = db.prepare(sql);
  try {
    if (params !== undefined) stmt.bind(params);
    return stmt.step() ? (stmt.getAsObject() as T) : undefined;
  } finally {
    stmt.free();
  }
}

/** Runs one statement; returns the number of rows it changed. */
export function run(db: Database, sql: string, params?: Params): number {
  const stmt = db.prepare(sql);
  try {
    if (params !== undefined) stmt.bind(params);
    stmt.step();
  } finally {
    stmt.free();
  }
  return db.getRowsModified();
}
