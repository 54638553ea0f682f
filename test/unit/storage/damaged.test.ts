import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, openWorkspace, restoreBackup } from '../../../electron/storage/store';
import { one, run } from '../../../electron/storage/rows';
import type { Store } from '../../../electron/storage/types';
import { cleanupTemps, manualClock, openOk, sqlite3, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

const TEN_MINUTES = 10 * 60 * 1000;

function cliIntegrity(file: string): string {
  try {
    return execFileSync('sqlite3', [file, 'PRAGMA integrity_check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (err) {
    return `error: ${(err as { stderr?: string }).stderr ?? String(err)}`;
  }
}

const version = (store: Store) => store.read((db) => one<{ v: number }>(db, 'SELECT v FROM marker')?.v);

/** A workspace with a ~600 KB database and three backups holding marker versions 1, 2, 3. */
async function workspaceWithBackups() {
  const root = tempDir();
  const { clock, advance } = manualClock();
  const store = await openOk(root, { clock });
  await store.mutate((tx) => {
    run(tx.db, 'CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)');
    run(tx.db, 'CREATE TABLE marker (v INTEGER)');
    run(tx.db, 'INSERT INTO marker VALUES (1)');
    for (let i = 0; i < 2000; i++) run(tx.db, 'INSERT INTO filler (body) VALUES (?)', [`row ${i} `.repeat(40)]);
  });
  for (const v of [2, 3]) {
    advance(TEN_MINUTES + 1000);
    await store.mutate((tx) => run(tx.db, 'UPDATE marker SET v = ?', [v]));
  }
  advance(60_000);
  await store.mutate((tx) => run(tx.db, 'UPDATE marker SET v = 4')); // not backed up: under 10 minutes
  await store.close();
  return { root, clock, advance, database: path.join(root, 'beian.sqlite') };
}

const corruptions: Record<string, (bytes: Buffer) => Buffer> = {
  'random bytes': (b) => randomBytes(b.length),
  'a truncated database': (b) => b.subarray(0, Math.floor(b.length / 2 / 1000) * 1000),
  'a flipped page in the middle': (b) => {
    const pageSize = b.readUInt16BE(16) === 1 ? 65536 : b.readUInt16BE(16);
    const middle = Math.floor(b.length / pageSize / 2) * pageSize;
    const out = Buffer.from(b);
    for (let i = middle; i < middle + pageSize; i++) out[i] = out[i]! ^ 0xff;
    return out;
  },
};

describe('a damaged database', () => {
  for (const [kind, corrupt] of Object.entries(corruptions)) {
    it(`${kind}: set aside untouched, intact backups offered newest first, restore works`, async () => {
      const { root, clock, database } = await workspaceWithBackups();
      const damaged = corrupt(readFileSync(database));
      writeFileSync(database, damaged);
      expect(cliIntegrity(database)).not.toBe('ok'); // the sqlite3 shell agrees it is damaged

      const all = await listBackups(root);
      expect(all).toHaveLength(3);
      // Damage the newest backup too: it must not be offered.
      writeFileSync(path.join(root, 'backups', all[0]!.file), randomBytes(all[0]!.bytes));

      const result = await openWorkspace(root, { clock });
      if (result.state !== 'damaged') throw new Error('expected damaged');
      expect(path.basename(result.setAsidePath)).toMatch(/^beian\.sqlite\.damaged-\d{8}-\d{6}$/);
      expect(readFileSync(result.setAsidePath).equals(damaged)).toBe(true);
      expect(existsSync(database)).toBe(false);
      expect(result.backups.map((b) => b.file)).toEqual([all[1]!.file, all[2]!.file]);
      expect(result.paths.root).toBe(path.resolve(root));

      const restored = await restoreBackup(root, result.backups[0]!.file, { clock });
      if (restored.state !== 'ok') throw new Error('expected ok');
      expect(restored.restoredFrom).toBe(all[1]!.file);
      expect(version(restored.store)).toBe(2);
      expect(cliIntegrity(database)).toBe('ok');
      expect(sqlite3(database, 'SELECT v FROM marker')).toBe('2');
      await restored.store.mutate((tx) => run(tx.db, 'UPDATE marker SET v = 5'));
      await restored.store.close();
      expect(sqlite3(database, 'SELECT v FROM marker')).toBe('5');
      expect(readFileSync(result.setAsidePath).equals(damaged)).toBe(true); // still never overwritten
    });
  }

  it('a damaged file is set aside again rather than overwritten; the next open starts empty', async () => {
    const { root, clock, database } = await workspaceWithBackups();
    writeFileSync(database, 'not a database at all');
    const first = await openWorkspace(root, { clock });
    writeFileSync(database, 'damaged again');
    const second = await openWorkspace(root, { clock });
    if (first.state !== 'damaged' || second.state !== 'damaged') throw new Error('expected damaged');
    expect(second.setAsidePath).not.toBe(first.setAsidePath);
    expect(readFileSync(first.setAsidePath, 'utf8')).toBe('not a database at all');
    expect(readFileSync(second.setAsidePath, 'utf8')).toBe('damaged again');
    const fresh = await openOk(root, { clock });
    expect(fresh.read((db) => db.exec("SELECT 1 FROM sqlite_master WHERE name = 'marker'"))).toEqual([]);
    await fresh.close();
  });

  it('restore refuses names outside backups/, missing and damaged backups', async () => {
    const { root } = await workspaceWithBackups();
    const [newest] = await listBackups(root);
    const refused = [
      '../beian.sqlite',
      `${newest!.file}/../../beian.sqlite`,
      '/etc/passwd',
      'beian.sqlite',
      `..\\${newest!.file}`,
      'beian-20261399-000000-000.sqlite',
      'beian-20261399-000000-000.sqlite.gz',
      `${newest!.file}.tmp`,
      `../${newest!.file}`,
      'beian-20200101-000000-000.sqlite.gz.gz',
      'beian-20200101-000000-000.gz',
      'beian-20200101-000000-000.sqlite.GZ',
    ];
    for (const bad of refused) {
      await expect(restoreBackup(root, bad)).rejects.toMatchObject({ code: 'VALIDATION' });
    }
    await expect(restoreBackup(root, 'beian-20200101-000000-000.sqlite')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(restoreBackup(root, 'beian-20200101-000000-000.sqlite.gz')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    writeFileSync(path.join(root, 'backups', newest!.file), randomBytes(4096));
    await expect(restoreBackup(root, newest!.file)).rejects.toMatchObject({ code: 'STORAGE' });
    expect(sqlite3(path.join(root, 'beian.sqlite'), 'SELECT v FROM marker')).toBe('4'); // untouched
  });

  it('a truncated or corrupt .gz backup is not offered, and restoring it is refused in Chinese with the database untouched', async () => {
    const { root, clock, database } = await workspaceWithBackups();
    const [newest, second, third] = await listBackups(root);
    expect(newest!.file).toMatch(/\.sqlite\.gz$/);
    const newestPath = path.join(root, 'backups', newest!.file);
    const whole = readFileSync(newestPath);
    writeFileSync(newestPath, whole.subarray(0, Math.floor(whole.length / 2)));
    const secondPath = path.join(root, 'backups', second!.file);
    const flipped = Buffer.from(readFileSync(secondPath));
    const at = Math.floor(flipped.length / 2);
    flipped[at] = flipped[at]! ^ 0xff; // the CRC no longer matches, if inflating does not fail first
    writeFileSync(secondPath, flipped);

    const before = readFileSync(database);
    const truncated = restoreBackup(root, newest!.file, { clock });
    await expect(truncated).rejects.toMatchObject({ code: 'STORAGE' });
    await expect(truncated).rejects.toThrow('该备份文件的压缩数据不完整或已损坏，不能用于恢复；请选择另一个备份。');
    await expect(restoreBackup(root, second!.file, { clock })).rejects.toMatchObject({ code: 'STORAGE', message: expect.stringMatching(/损坏.*请选择另一个备份/) });
    expect(readFileSync(database).equals(before)).toBe(true);
    expect(readdirSync(root).filter((f) => f.startsWith('beian.sqlite.'))).toEqual([]); // nothing set aside, no temp

    writeFileSync(database, 'damaged');
    const result = await openWorkspace(root, { clock });
    if (result.state !== 'damaged') throw new Error('expected damaged');
    expect(result.backups.map((b) => b.file)).toEqual([third!.file]);
  });

  it('restoring over a good database keeps that database aside', async () => {
    const { root, clock, database } = await workspaceWithBackups();
    const current = readFileSync(database);
    const [, second] = await listBackups(root);
    const restored = await restoreBackup(root, second!.file, { clock });
    if (restored.state !== 'ok') throw new Error('expected ok');
    expect(version(restored.store)).toBe(2);
    await restored.store.close();
    const aside = readdirSync(root).filter((f) => f.startsWith('beian.sqlite.replaced-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(root, aside[0]!)).equals(current)).toBe(true);
  });
});
