import type { Database, SqlJsStatic } from 'sql.js';

const MAGIC = 'SQLite format 3\0';

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

/**
 * The checks SQLite makes on the header before it reads any page, cheap enough for every snapshot and
 * image: the magic string, a legal page size, and a file holding every page the header counts. That
 * count is trusted only when it is not zero and its version-valid-for number (offset 92) equals the
 * change counter (offset 24); SQLite then calls a shorter file corrupt. A file running past the count,
 * or ending in part of a page, is one SQLite opens (it reads the missing bytes as zeros), so it passes
 * here too and integrity_check decides. Stricter than SQLite only below 512 bytes: SQLite opens an empty
 * file as a new database, but this app never writes one, so it is damage, not an empty workspace.
 */
export function headerLooksValid(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 512) return false;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return false;
  const raw = (bytes[16]! << 8) | bytes[17]!;
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return false;
  const pageCount = u32(bytes, 28);
  const headerCountValid = pageCount > 0 && u32(bytes, 24) === u32(bytes, 92);
  return !headerCountValid || pageCount <= Math.ceil(bytes.byteLength / pageSize);
}

/** True when `PRAGMA integrity_check` answers exactly "ok"; any error counts as damage. */
export function passesIntegrityCheck(db: Database): boolean {
  try {
    const result = db.exec('PRAGMA integrity_check');
    const values = result[0]?.values;
    return values?.length === 1 && values[0]?.[0] === 'ok';
  } catch {
    return false;
  }
}

/** Opens `bytes` as a database if it is intact, otherwise returns null (and frees what it opened). */
export function openIfIntact(SQL: SqlJsStatic, bytes: Uint8Array): Database | null {
  if (!headerLooksValid(bytes)) return null;
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    if (passesIntegrityCheck(db)) return db;
  } catch {
    // sql.js could not even open it: damaged
  }
  try {
    db?.close();
  } catch {
    // nothing more to release
  }
  return null;
}

export function isIntact(SQL: SqlJsStatic, bytes: Uint8Array): boolean {
  const db = openIfIntact(SQL, bytes);
  db?.close();
  return db !== null;
}
