import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { migrate, schemaVersion } from '../../../electron/storage/migrate';
import { MIGRATIONS } from '../../../electron/storage/schema';
import { loadSqlJs } from '../../../electron/storage/sqlWasm';
import { openWorkspace } from '../../../electron/storage/store';
import { ensureWorkspace } from '../../../electron/storage/workspace';
import { cleanupTemps, openOk, sqlite3, tempDir } from '../../fixtures/storage/helpers';
import { backupBytes } from './backupFiles';

afterEach(cleanupTemps);

describe('migrations', () => {
  it('a new workspace gets every migration and is saved durably', async () => {
    const root = tempDir();
    const store = await openOk(root);
    expect(store.read((db) => schemaVersion(db))).toBe(MIGRATIONS.length);
    await store.close();
    const file = path.join(root, 'beian.sqlite');
    expect(sqlite3(file, 'PRAGMA user_version')).toBe(String(MIGRATIONS.length));
    expect(sqlite3(file, 'PRAGMA integrity_check')).toBe('ok');
    expect(sqlite3(file, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)")).toContain('unit');
    expect(readdirSync(path.join(root, 'backups'))).toEqual([]); // an empty database is not backed up
  });

  it('an older database is migrated on open, after a backup of the file as found', async () => {
    const root = tempDir();
    const paths = ensureWorkspace(root);
    sqlite3(paths.database, "CREATE TABLE legacy (a TEXT); INSERT INTO legacy VALUES ('x'); PRAGMA user_version = 0;");
    const original = readFileSync(paths.database);
    const store = await openOk(root);
    await store.close();
    expect(sqlite3(paths.database, 'PRAGMA user_version')).toBe(String(MIGRATIONS.length));
    expect(sqlite3(paths.database, 'SELECT a FROM legacy')).toBe('x');
    const backups = readdirSync(paths.backups);
    expect(backups).toHaveLength(1);
    expect(backupBytes(path.join(paths.backups, backups[0]!)).equals(original)).toBe(true);
  });

  it('a database from a newer app is refused in Chinese and left untouched', async () => {
    const root = tempDir();
    const paths = ensureWorkspace(root);
    sqlite3(paths.database, `CREATE TABLE future (a); PRAGMA user_version = ${MIGRATIONS.length + 1};`);
    const before = readFileSync(paths.database);
    const err = await openWorkspace(root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('STORAGE');
    expect((err as ApiError).message).toMatch(/更新版本的备案台/);
    expect(readFileSync(paths.database).equals(before)).toBe(true);
  });

  it('applies each migration in its own transaction; a failing one is rolled back', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    try {
      expect(migrate(db, ['CREATE TABLE a (x)'])).toBe(1);
      const err = (() => {
        try {
          migrate(db, ['CREATE TABLE a (x)', 'CREATE TABLE b (y); INSERT INTO nowhere VALUES (1)']);
        } catch (e) {
          return e;
        }
      })();
      expect((err as ApiError).code).toBe('STORAGE');
      expect(schemaVersion(db)).toBe(1);
      expect(db.exec("SELECT name FROM sqlite_master WHERE name = 'b'")).toEqual([]);
      expect(migrate(db, ['CREATE TABLE a (x)'])).toBe(0);
    } finally {
      db.close();
    }
  });
});
