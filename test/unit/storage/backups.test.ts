import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '../../../electron/storage/backups';
import { run } from '../../../electron/storage/rows';
import { listBackups, openWorkspace, restoreBackup } from '../../../electron/storage/store';
import { cleanupTemps, manualClock, onDisk, openOk, sqlite3, tempDir } from '../../fixtures/storage/helpers';
import { backupAsDatabase, backupBytes } from './backupFiles';

afterEach(cleanupTemps);

// Backups are compressed before they are written, so the write happens some event-loop turns after
// the save that asked for it: counted here, so a test can wait for it instead of guessing a delay.
const backupWrites = vi.hoisted(() => ({ failed: 0 }));
vi.mock('../../../electron/storage/durableFile', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/storage/durableFile')>();
  return {
    ...real,
    writeFileDurable: async (target: string, data: Uint8Array) => {
      try {
        await real.writeFileDurable(target, data);
      } catch (err) {
        if (/beian-[^/\\]+\.sqlite\.gz$/.test(target)) backupWrites.failed++;
        throw err;
      }
    },
  };
});

const MINUTE = 60_000;

describe('rolling backups', () => {
  it('are named by time with milliseconds', () => {
    expect(backupFileName(new Date(Date.UTC(2026, 10, 24, 1, 5, 7, 42)))).toBe('beian-20261124-090507-042.sqlite.gz'); // 09:05 Beijing
  });

  it('after saves at most once every 10 minutes of the injected clock, keeping the newest keepBackups', async () => {
    const root = tempDir();
    const { clock, advance } = manualClock();
    const store = await openOk(root, { clock, keepBackups: 3 });
    expect(await listBackups(root)).toEqual([]);

    await store.mutate((tx) => tx.db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)'));
    await store.close(); // waits for the backup that follows the save
    let backups = await listBackups(root);
    expect(backups).toHaveLength(1);

    const again = await openOk(root, { clock, keepBackups: 3 }); // same clock time: the open backup replaces it
    for (let i = 0; i < 3; i++) {
      advance(9 * MINUTE);
      await again.mutate((tx) => run(tx.db, 'UPDATE t SET v = v + 1'));
    }
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      advance(10 * MINUTE);
      await again.mutate((tx) => run(tx.db, 'UPDATE t SET v = v + 1'));
      times.push(clock().getTime());
    }
    await again.close();

    backups = await listBackups(root);
    expect(backups.map((b) => b.createdAt)).toEqual(times.slice(-3).reverse().map((t) => new Date(t).toISOString()));
    for (const b of backups) {
      const file = path.join(root, 'backups', b.file);
      expect(b.bytes).toBe(readFileSync(file).length); // the size on disk, compressed
      expect(sqlite3(backupAsDatabase(file), 'PRAGMA integrity_check')).toBe('ok');
    }
    expect(sqlite3(backupAsDatabase(path.join(root, 'backups', backups[0]!.file)), 'SELECT v FROM t')).toBe(sqlite3(path.join(root, 'beian.sqlite'), 'SELECT v FROM t'));
    expect(readdirSync(path.join(root, 'backups'))).toHaveLength(3);
  });

  it('on open of a good non-empty database, from the file as found', async () => {
    const root = tempDir();
    const { clock, advance } = manualClock();
    const store = await openOk(root, { clock });
    await store.mutate((tx) => tx.db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (7)'));
    await store.close();
    advance(MINUTE);
    const onDisk = readFileSync(path.join(root, 'beian.sqlite'));
    (await openOk(root, { clock })).close();
    const [newest] = await listBackups(root);
    expect(newest!.createdAt).toBe(clock().toISOString());
    expect(newest!.file).toMatch(/\.sqlite\.gz$/);
    expect(backupBytes(path.join(root, 'backups', newest!.file)).equals(onDisk)).toBe(true);
  });

  it('open removes temp files a crash left behind', async () => {
    const root = tempDir();
    const store = await openOk(root);
    await store.mutate((tx) => tx.db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)'));
    await store.close();
    writeFileSync(path.join(root, 'beian.sqlite.tmp'), 'half a database');
    const strayBackup = path.join(root, 'backups', `${backupFileName(new Date(2020, 0, 1))}.tmp`);
    writeFileSync(strayBackup, gzipSync('half a backup'));
    const strayPlain = path.join(root, 'backups', 'beian-20200101-000000-001.sqlite.tmp'); // from an earlier version
    writeFileSync(strayPlain, 'half a backup');
    expect(strayBackup).toMatch(/\.sqlite\.gz\.tmp$/);
    (await openOk(root)).close();
    expect(existsSync(path.join(root, 'beian.sqlite.tmp'))).toBe(false);
    expect(existsSync(strayBackup)).toBe(false);
    expect(existsSync(strayPlain)).toBe(false);
    expect((await listBackups(root)).map((b) => b.file)).not.toContain(path.basename(strayBackup).slice(0, -'.tmp'.length));
    expect(sqlite3(path.join(root, 'beian.sqlite'), 'SELECT v FROM t')).toBe('1');
  });

  it('a failed backup does not fail the save, and is retried after the next one', async () => {
    const root = tempDir();
    const { clock, advance } = manualClock();
    const store = await openOk(root, { clock });
    const backupsDir = path.join(root, 'backups');
    renameSync(backupsDir, `${backupsDir}.away`);
    writeFileSync(backupsDir, 'in the way');
    const failedBefore = backupWrites.failed;
    await store.mutate((tx) => tx.db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)'));
    expect(sqlite3(await onDisk(root), 'SELECT v FROM t')).toBe('1');
    await vi.waitFor(() => expect(backupWrites.failed).toBe(failedBefore + 1), { timeout: 5000 });

    rmSync(backupsDir);
    renameSync(`${backupsDir}.away`, backupsDir);
    advance(MINUTE); // well under 10 minutes: only the retry makes this save back up
    await store.mutate((tx) => run(tx.db, 'UPDATE t SET v = 2'));
    await store.close();
    const backups = await listBackups(root);
    expect(backups).toHaveLength(1);
    expect(sqlite3(backupAsDatabase(path.join(backupsDir, backups[0]!.file)), 'SELECT v FROM t')).toBe('2');
  });

  it('are gzip-compressed: a database of repetitive JSON records backs up to a fraction of its size', async () => {
    const root = tempDir();
    const store = await openOk(root);
    await store.mutate((tx) => {
      run(tx.db, 'CREATE TABLE sample (id INTEGER PRIMARY KEY, data TEXT)');
      for (let i = 0; i < 5000; i++) {
        const json = { code: `BILL-${String(i).padStart(6, '0')}`, name: `测试用户${i}`, phone: `0592-${String(5_000_000 + i)}`, domains: [`site${i}.example.cn`], status: '已报送', openedAt: '2025-03-01' };
        run(tx.db, 'INSERT INTO sample (data) VALUES (?)', [JSON.stringify(json)]);
      }
    });
    await store.close();
    const database = readFileSync(path.join(root, 'beian.sqlite'));
    const [backup] = await listBackups(root);
    expect(backup!.file).toMatch(/^beian-\d{8}-\d{6}-\d{3}\.sqlite\.gz$/);
    expect(backup!.bytes).toBeLessThan(database.length / 4);
    expect(backupBytes(path.join(root, 'backups', backup!.file)).equals(database)).toBe(true);
  });

  it('pruning keeps the newest of plain (earlier versions) and .gz backups together, by their stamp', async () => {
    const root = tempDir();
    const { clock, advance } = manualClock();
    const store = await openOk(root, { clock, keepBackups: 3 });
    await store.mutate((tx) => tx.db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)'));
    await store.close();
    const dir = path.join(root, 'backups');
    for (const f of readdirSync(dir)) rmSync(path.join(dir, f));
    const database = path.join(root, 'beian.sqlite');
    const at = (minutes: number) => new Date(clock().getTime() - minutes * 60_000);
    const plainName = (d: Date) => backupFileName(d).replace(/\.gz$/, '');
    const oldestPlain = plainName(at(30));
    const middleGz = backupFileName(at(20));
    const newerPlain = plainName(at(10));
    copyFileSync(database, path.join(dir, oldestPlain));
    writeFileSync(path.join(dir, middleGz), gzipSync(readFileSync(database)));
    copyFileSync(database, path.join(dir, newerPlain));

    advance(1000);
    await (await openOk(root, { clock, keepBackups: 3 })).close(); // the on-open backup, then pruning
    const openBackup = backupFileName(clock());
    expect((await listBackups(root)).map((b) => b.file)).toEqual([openBackup, newerPlain, middleGz]);

    advance(1000);
    await (await openOk(root, { clock, keepBackups: 3 })).close();
    expect((await listBackups(root)).map((b) => b.file)).toEqual([backupFileName(clock()), openBackup, newerPlain]);
    expect(readdirSync(dir).sort()).toEqual([backupFileName(clock()), openBackup, newerPlain].sort());
  });

  it('a plain backup from an earlier version is still offered and restored', async () => {
    const root = tempDir();
    const { clock, advance } = manualClock();
    const store = await openOk(root, { clock });
    await store.mutate((tx) => tx.db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (7)'));
    await store.close();
    const dir = path.join(root, 'backups');
    for (const f of readdirSync(dir)) rmSync(path.join(dir, f));
    const plain = backupFileName(clock()).replace(/\.gz$/, '');
    copyFileSync(path.join(root, 'beian.sqlite'), path.join(dir, plain));

    advance(60_000);
    writeFileSync(path.join(root, 'beian.sqlite'), 'not a database any more '.repeat(100));
    const damaged = await openWorkspace(root, { clock });
    if (damaged.state !== 'damaged') throw new Error('expected damaged');
    expect(damaged.backups.map((b) => b.file)).toEqual([plain]);
    expect(damaged.backups[0]!.bytes).toBe(readFileSync(path.join(dir, plain)).length);

    const restored = await restoreBackup(root, plain, { clock });
    if (restored.state !== 'ok') throw new Error('expected ok');
    expect(restored.restoredFrom).toBe(plain);
    expect(restored.store.read((db) => db.exec('SELECT v FROM t')[0]?.values)).toEqual([[7]]);
    await restored.store.close();
    expect(sqlite3(path.join(root, 'beian.sqlite'), 'SELECT v FROM t')).toBe('7');
  });
});
