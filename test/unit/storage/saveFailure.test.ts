import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { all, run } from '../../../electron/storage/rows';
import type { Store } from '../../../electron/storage/types';
import { SQL_WASM, bundleFixture } from '../../fixtures/storage/bundle';
import { cleanupTemps, onDisk, openOk, sqlite3, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

const isRoot = process.getuid?.() === 0;

// Faults injected into the log append, in order: an errno code, after writing this fraction of the batch.
const logFaults = vi.hoisted(() => [] as { code: string; writeFirst: number }[]);
vi.mock('../../../electron/storage/writeAheadLog', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/storage/writeAheadLog')>();
  return {
    ...real,
    appendDurable: async (file: string, offset: number, chunks: Uint8Array[]) => {
      const fault = logFaults.shift();
      if (!fault) return real.appendDurable(file, offset, chunks);
      const data = Buffer.concat(chunks);
      const part = Math.floor(data.byteLength * fault.writeFirst);
      if (part > 0) await real.appendDurable(file, offset, [data.subarray(0, part)]);
      throw Object.assign(new Error(`${fault.code}: injected`), { code: fault.code });
    },
  };
});

async function workspace() {
  const root = tempDir();
  let saves = 0;
  // Opened with a backup already taken, so no checkpoint runs in the background of these tests.
  const first = await openOk(root);
  await first.mutate((tx) => run(tx.db, 'CREATE TABLE counter (n INTEGER)'));
  await first.close();
  const store = await openOk(root, { onSaved: () => saves++ });
  await store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (1)'));
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
  it('disk full (ENOSPC on the log append): every waiting mutation rejects, memory goes back to disk', async () => {
    const { root, store, saves } = await workspace();
    const before = saves();
    logFaults.push({ code: 'ENOSPC', writeFirst: 0 });

    const first = store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (2)'));
    await Promise.resolve(); // the first save is now running
    const queued = [3, 4, 5].map((n) => store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (?)', [n])));
    const errors = await Promise.all([first, ...queued].map(rejection));
    for (const err of errors) {
      expect(err.code).toBe('STORAGE');
      expect(err.message).toContain('磁盘空间不足');
      expect(err.message).not.toContain(root);
    }
    expect(saves()).toBe(before);
    expect(memory(store)).toBe('1');
    expect(disk(await onDisk(root))).toBe('1');

    await store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (6)'));
    expect(memory(store)).toBe('1,6');
    expect(disk(await onDisk(root))).toBe('1,6');
    await store.close();
    expect(disk(path.join(root, 'beian.sqlite'))).toBe('1,6');
  });

  it('an append cut short (half the record written, then EIO): the torn bytes are cut off before the next append', async () => {
    const { root, store } = await workspace();
    logFaults.push({ code: 'EIO', writeFirst: 0.5 });
    const err = await rejection(store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (2)')));
    expect(err.message).toContain('磁盘读写出错');
    expect(memory(store)).toBe('1');
    expect(disk(await onDisk(root))).toBe('1'); // the half record is a torn tail: dropped
    await store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (3)'));
    await store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (4)'));
    expect(disk(await onDisk(root))).toBe('1,3,4'); // no garbage between the records
    await store.close();
    const again = await openOk(root);
    expect(memory(again)).toBe('1,3,4');
    await again.close();
  });

  it('the log path taken by a folder (EISDIR): rejects, and the store refuses to serve memory it cannot back', async () => {
    const { root, store } = await workspace();
    const log = path.join(root, 'beian.wal');
    renameSync(log, `${log}.moved`);
    mkdirSync(log);
    const err = await rejection(store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (2)')));
    expect(err.code).toBe('STORAGE');
    expect(err.message).toMatch(/数据未能写入磁盘/);
    expect(() => memory(store)).toThrow(/无法读取/);
    await store.close();
    expect(lstatSync(log).isDirectory()).toBe(true); // not ours to delete
    rmSync(log, { recursive: true });
    renameSync(`${log}.moved`, log);
    const again = await openOk(root);
    expect(memory(again)).toBe('1');
    await again.close();
  });

  it.skipIf(isRoot)('a read-only workspace folder (EACCES): rejects with 没有写入权限', async () => {
    const { root, store } = await workspace();
    const log = path.join(root, 'beian.wal');
    chmodSync(root, 0o555);
    chmodSync(log, 0o444);
    try {
      const err = await rejection(store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (2)')));
      expect(err.code).toBe('STORAGE');
      expect(err.message).toContain('没有写入权限');
      expect(memory(store)).toBe(disk(await onDisk(root)));
    } finally {
      chmodSync(root, 0o755);
      chmodSync(log, 0o644);
      await store.close();
    }
  });

  // Root ignores file modes, so as root the same scenario runs in a child process as user nobody.
  it.runIf(isRoot)('a read-only workspace folder (EACCES, as an unprivileged child): rejects with 没有写入权限', async () => {
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
    expect(disk(await onDisk(root))).toBe('1');
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
      expect(disk(await onDisk(`${root}.moved`))).toBe('1');
    } finally {
      rmSync(root, { force: true });
      renameSync(`${root}.moved`, root);
    }
    expect(disk(await onDisk(root))).toBe('1');
  });
});
