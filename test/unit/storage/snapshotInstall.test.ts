import { existsSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WrittenTemp } from '../../../electron/storage/durableFile';
import { headerLooksValid } from '../../../electron/storage/integrity';
import { FileImage } from '../../../electron/storage/pageCapture';
import { one, run } from '../../../electron/storage/rows';
import { recoverDatabase } from '../../../electron/storage/recovery';
import { loadSqlJs } from '../../../electron/storage/sqlWasm';
import { cleanupTemps, openOk, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

// Between a temp file's fsync and its rename, cut it to this many bytes (once), as a torn write or another writer would.
const cutTemp = vi.hoisted(() => ({ to: null as number | null, seen: 0 }));
// Runs (once) just before a checkpoint's image is written to beian.sqlite.tmp: a commit landing there, as saves do.
const beforeSnapshotWrite = vi.hoisted(() => ({ run: null as (() => Promise<unknown>) | null }));
vi.mock('../../../electron/storage/durableFile', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/storage/durableFile')>();
  return {
    ...real,
    writeTempDurable: async (target: string, data: Uint8Array) => {
      const hook = beforeSnapshotWrite.run;
      if (hook && path.basename(target) === 'beian.sqlite') {
        beforeSnapshotWrite.run = null;
        await hook();
      }
      return real.writeTempDurable(target, data);
    },
    installTemp: async (written: WrittenTemp) => {
      if (cutTemp.to !== null && path.basename(written.target) === 'beian.sqlite') {
        truncateSync(written.temp, cutTemp.to);
        cutTemp.to = null;
        cutTemp.seen++;
      }
      return real.installTemp(written);
    },
  };
});

const counter = (db: Parameters<typeof one>[0]) => one<{ n: number }>(db, 'SELECT n FROM counter')?.n ?? 0;

describe('the snapshot (beian.sqlite) is never put in place torn', () => {
  it('a checkpoint whose temp file is cut short after its fsync is not renamed over the snapshot; nothing acknowledged is lost', async () => {
    const root = tempDir();
    const database = path.join(root, 'beian.sqlite');
    const store = await openOk(root);
    await store.mutate((tx) => {
      run(tx.db, 'CREATE TABLE counter (n INTEGER)');
      run(tx.db, 'INSERT INTO counter VALUES (1)');
    });
    await store.checkpoint();
    await store.mutate((tx) => run(tx.db, 'UPDATE counter SET n = 2'));

    cutTemp.to = 1000; // not a whole page: the next open would call such a snapshot damaged ('snapshot header')
    await expect(store.checkpoint()).rejects.toThrow(/changed after it was synced/);
    expect(cutTemp.seen).toBe(1);

    // The snapshot on disk is the previous one, whole; with the log it holds every acknowledged change.
    const SQL = await loadSqlJs();
    const snapshot = readFileSync(database);
    expect(headerLooksValid(snapshot)).toBe(true);
    const recovered = recoverDatabase(SQL, snapshot, readFileSync(path.join(root, 'beian.wal')));
    expect(recovered.state === 'ok' ? 'ok' : recovered.reason).toBe('ok');
    if (recovered.state === 'ok') {
      expect(counter(recovered.db)).toBe(2);
      recovered.db.close();
    }

    // The store goes on: the next checkpoint installs, and a reopen reads everything.
    await store.mutate((tx) => run(tx.db, 'UPDATE counter SET n = 3'));
    await store.checkpoint();
    await store.close();
    expect(headerLooksValid(readFileSync(database))).toBe(true);
    const again = await openOk(root);
    expect(again.read(counter)).toBe(3);
    await again.close();
  });

  it('commits made while a checkpoint writes its image never reach that image, also in a workspace opened from the file as read (a Node Buffer)', async () => {
    const root = tempDir();
    const database = path.join(root, 'beian.sqlite');
    const first = await openOk(root);
    await first.mutate((tx) => {
      run(tx.db, 'CREATE TABLE counter (n INTEGER)');
      run(tx.db, 'CREATE TABLE filler (body BLOB)');
      run(tx.db, 'INSERT INTO counter VALUES (1)');
    });
    await first.close(); // checkpointed: the log is empty, so the next open uses the snapshot's bytes as read
    const store = await openOk(root);
    await store.mutate((tx) => run(tx.db, 'UPDATE counter SET n = 2')); // in place: the file does not grow
    // Between the checkpoint's commit and its write, a save changes pages in place and grows the file.
    beforeSnapshotWrite.run = () => store.mutate((tx) => {
      run(tx.db, 'UPDATE counter SET n = 3');
      run(tx.db, 'INSERT INTO filler VALUES (zeroblob(20000))');
    });
    await store.checkpoint();
    expect(beforeSnapshotWrite.run).toBeNull();

    // The snapshot is the database as of the checkpoint's own commit: whole, and without the later save.
    const SQL = await loadSqlJs();
    const snapshot = readFileSync(database);
    expect(headerLooksValid(snapshot)).toBe(true);
    const alone = recoverDatabase(SQL, snapshot, null);
    expect(alone.state === 'ok' ? 'ok' : alone.reason).toBe('ok');
    if (alone.state === 'ok') {
      expect(counter(alone.db)).toBe(2);
      expect(one<{ n: number }>(alone.db, 'SELECT count(*) AS n FROM filler')?.n).toBe(0);
      alone.db.close();
    }
    // With the log, every acknowledged save.
    const recovered = recoverDatabase(SQL, snapshot, readFileSync(path.join(root, 'beian.wal')));
    expect(recovered.state === 'ok' ? 'ok' : recovered.reason).toBe('ok');
    if (recovered.state === 'ok') {
      expect(counter(recovered.db)).toBe(3);
      recovered.db.close();
    }
    await store.close();
  });

  it('installTemp puts in place only the file its writer synced: a temp cut short, replaced or removed meanwhile is refused', async () => {
    const { installTemp, writeTempDurable } = await vi.importActual<typeof import('../../../electron/storage/durableFile')>(
      '../../../electron/storage/durableFile',
    );
    const target = path.join(tempDir(), 'file.bin');
    writeFileSync(target, 'old');
    const cut = await writeTempDurable(target, new Uint8Array(4096).fill(1));
    truncateSync(cut.temp, 100);
    await expect(installTemp(cut)).rejects.toThrow(/changed after it was synced/);
    expect(readFileSync(target, 'utf8')).toBe('old');

    const replaced = await writeTempDurable(target, new Uint8Array(10).fill(2));
    writeFileSync(`${target}.other`, new Uint8Array(10).fill(3));
    renameSync(`${target}.other`, replaced.temp); // same size, another file
    await expect(installTemp(replaced)).rejects.toThrow(/changed after it was synced/);
    expect(readFileSync(target, 'utf8')).toBe('old');

    const removed = await writeTempDurable(target, new Uint8Array(10).fill(4));
    rmSync(removed.temp);
    await expect(installTemp(removed)).rejects.toThrow(/ENOENT/);
    expect(readFileSync(target, 'utf8')).toBe('old');

    const whole = await writeTempDurable(target, new Uint8Array(10).fill(5));
    await installTemp(whole);
    expect([...readFileSync(target)]).toEqual(new Array(10).fill(5));
    expect(existsSync(whole.temp)).toBe(false);
  });

  it('replaying the log never changes the snapshot bytes it was given', async () => {
    const root = tempDir();
    const store = await openOk(root);
    await store.mutate((tx) => run(tx.db, 'CREATE TABLE counter (n INTEGER)'));
    await store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (7)'));
    // Not closed: the log holds records the snapshot does not.
    const snapshot = readFileSync(path.join(root, 'beian.sqlite'));
    const copy = Buffer.from(snapshot);
    const SQL = await loadSqlJs();
    const recovered = recoverDatabase(SQL, snapshot, readFileSync(path.join(root, 'beian.wal')));
    expect(recovered.state === 'ok' ? recovered.replayed : 0).toBeGreaterThan(0);
    expect(snapshot.equals(copy)).toBe(true);
    if (recovered.state === 'ok') recovered.db.close();
    const image = new FileImage(copy);
    expect(image.bytes()).not.toBe(copy);
    await store.close();
  });
});
