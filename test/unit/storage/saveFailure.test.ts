import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { all, run } from '../../../electron/storage/rows';
import type { Store } from '../../../electron/storage/types';
import { SQL_WASM, bundleFixture } from '../../fixtures/storage/bundle';
import { cleanupTemps, openOk, sqlite3, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

const isRoot = process.getuid?.() === 0;

async function workspace() {
  const root = tempDir();
  let saves = 0;
  const store = await openOk(root, { onSaved: () => saves++ });
  await store.mutate((tx) => {
    run(tx.db, 'CREATE TABLE counter (n INTEGER)');
    run(tx.db, 'INSERT INTO counter VALUES (1)');
  });
  const database = path.join(root, 'beian.sqlite');
  return { root, store, database, temp: `${database}.tmp`, saves: () => saves };
}

const memory = (store: Store) => store.read((db) => all<{ n: number }>(db, 'SELECT n FROM counter ORDER BY n').map((r) => r.n).join(','));
const disk = (database: string) => sqlite3(database, 'SELECT group_concat(n) FROM (SELECT n FROM counter ORDER BY n)');

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

describe('a save the disk refuses', () => {
  it('disk full (ENOSPC, the temp file is a link to /dev/full): every waiting mutation rejects, memory goes back to disk', async () => {
    const { store, database, temp, saves } = await workspace();
    const before = saves();
    symlinkSync('/dev/full', temp);

    const first = store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (2)'));
    await Promise.resolve(); // the first save is now running
    const queued = [3, 4, 5].map((n) => store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (?)', [n])));
    const errors = await Promise.all([first, ...queued].map(rejection));
    for (const err of errors) {
      expect(err.code).toBe('STORAGE');
      expect(err.message).toContain('磁盘空间不足');
      expect(err.message).not.toContain(database);
    }
    expect(saves()).toBe(before);
    expect(existsSync(temp)).toBe(false); // the temp (here: the link) is removed
    expect(memory(store)).toBe('1');
    expect(disk(database)).toBe('1');
    expect(sqlite3(database, 'PRAGMA integrity_check')).toBe('ok');

    await store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (6)'));
    expect(memory(store)).toBe('1,6');
    expect(disk(database)).toBe('1,6');
    await store.close();
  });

  it('the temp path is taken by a folder (EISDIR): rejects, memory matches disk, recovers once cleared', async () => {
    const { store, database, temp, saves } = await workspace();
    const before = saves();
    mkdirSync(temp);
    const err = await rejection(store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (2)')));
    expect(err.code).toBe('STORAGE');
    expect(err.message).toMatch(/数据未能写入磁盘/);
    expect(saves()).toBe(before);
    expect(memory(store)).toBe(disk(database));
    expect(memory(store)).toBe('1');
    expect(lstatSync(temp).isDirectory()).toBe(true); // not ours to delete
    rmSync(temp, { recursive: true });
    await store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (3)'));
    expect(disk(database)).toBe('1,3');
    await store.close();
  });

  it.skipIf(isRoot)('a read-only workspace folder (EACCES): rejects with 没有写入权限', async () => {
    const { root, store, database } = await workspace();
    chmodSync(root, 0o555);
    try {
      const err = await rejection(store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (2)')));
      expect(err.code).toBe('STORAGE');
      expect(err.message).toContain('没有写入权限');
      expect(memory(store)).toBe(disk(database));
    } finally {
      chmodSync(root, 0o755);
      await store.close();
    }
  });

  // Root ignores file modes, so as root the same scenario runs in a child process as user nobody.
  it.runIf(isRoot)('a read-only workspace folder (EACCES, as an unprivileged child): rejects with 没有写入权限', () => {
    const child = bundleFixture('readOnlyChild');
    const root = path.join(tempDir(), 'ws');
    mkdirSync(root);
    chownSync(root, 65534, 65534);
    chmodSync(path.dirname(root), 0o755);
    const out = spawnSync(process.execPath, [child, root], {
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      env: { ...process.env, BEIAN_SQL_WASM: SQL_WASM },
    });
    rmSync(path.dirname(child), { recursive: true, force: true });
    expect(out.stderr).toBe('');
    const report = JSON.parse(out.stdout) as { error: { code: string; message: string } | null; memory: number[] };
    expect(report.error?.code).toBe('STORAGE');
    expect(report.error?.message).toContain('没有写入权限');
    expect(report.memory).toEqual([1]);
    expect(disk(path.join(root, 'beian.sqlite'))).toBe('1');
    expect(existsSync(path.join(root, 'beian.sqlite.tmp'))).toBe(false);
  });

  it('the workspace folder replaced by a file (ENOTDIR): rejects, and the store refuses to serve memory it cannot back', async () => {
    const { root, store, database } = await workspace();
    renameSync(root, `${root}.moved`);
    writeFileSync(root, 'not a folder');
    try {
      const err = await rejection(store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (2)')));
      expect(err.code).toBe('STORAGE');
      expect(err.message).toContain('工作目录已被移除或无法访问');
      expect(() => memory(store)).toThrow(/无法读取/);
      await expect(store.mutate(() => 1)).rejects.toMatchObject({ code: 'STORAGE' });
      await store.close();
      expect(disk(`${root}.moved/beian.sqlite`)).toBe('1');
    } finally {
      rmSync(root, { force: true });
      renameSync(`${root}.moved`, root);
    }
    expect(disk(database)).toBe('1');
  });
});
