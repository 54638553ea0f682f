import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../../electron/storage/backups';
import { run } from '../../../electron/storage/rows';
import { listBackups } from '../../../electron/storage/store';
import { cleanupTemps, manualClock, openOk, sqlite3, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

const MINUTE = 60_000;

describe('rolling backups', () => {
  it('are named by time with milliseconds', () => {
    expect(backupFileName(new Date(2026, 10, 24, 9, 5, 7, 42))).toBe('beian-20261124-090507-042.sqlite');
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
      expect(b.bytes).toBe(readFileSync(file).length);
      expect(sqlite3(file, 'PRAGMA integrity_check')).toBe('ok');
    }
    expect(sqlite3(path.join(root, 'backups', backups[0]!.file), 'SELECT v FROM t')).toBe(sqlite3(path.join(root, 'beian.sqlite'), 'SELECT v FROM t'));
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
    expect(readFileSync(path.join(root, 'backups', newest!.file)).equals(onDisk)).toBe(true);
  });

  it('open removes temp files a crash left behind', async () => {
    const root = tempDir();
    const store = await openOk(root);
    await store.mutate((tx) => tx.db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)'));
    await store.close();
    writeFileSync(path.join(root, 'beian.sqlite.tmp'), 'half a database');
    const strayBackup = path.join(root, 'backups', `${backupFileName(new Date(2020, 0, 1))}.tmp`);
    writeFileSync(strayBackup, 'half a backup');
    (await openOk(root)).close();
    expect(existsSync(path.join(root, 'beian.sqlite.tmp'))).toBe(false);
    expect(existsSync(strayBackup)).toBe(false);
    expect(sqlite3(path.join(root, 'beian.sqlite'), 'SELECT v FROM t')).toBe('1');
  });

  it('a failed backup does not fail the save, and is retried after the next one', async () => {
    const root = tempDir();
    const { clock, advance } = manualClock();
    const store = await openOk(root, { clock });
    const backupsDir = path.join(root, 'backups');
    renameSync(backupsDir, `${backupsDir}.away`);
    writeFileSync(backupsDir, 'in the way');
    await store.mutate((tx) => tx.db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)'));
    expect(sqlite3(path.join(root, 'beian.sqlite'), 'SELECT v FROM t')).toBe('1');

    rmSync(backupsDir);
    renameSync(`${backupsDir}.away`, backupsDir);
    advance(MINUTE); // well under 10 minutes: only the retry makes this save back up
    await store.mutate((tx) => run(tx.db, 'UPDATE t SET v = 2'));
    await store.close();
    const backups = await listBackups(root);
    expect(backups).toHaveLength(1);
    expect(sqlite3(path.join(backupsDir, backups[0]!.file), 'SELECT v FROM t')).toBe('2');
  });
});
