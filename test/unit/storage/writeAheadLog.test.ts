import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFileBytes } from '../../../electron/storage/pageCapture';
import { CHECKPOINT_SEQUENCE_KEY } from '../../../electron/storage/recovery';
import { all, one, run } from '../../../electron/storage/rows';
import { listBackups, openWorkspace, restoreBackup } from '../../../electron/storage/store';
import { LOG_HEADER_BYTES, encodeRecord, scanLog } from '../../../electron/storage/writeAheadLog';
import { cleanupTemps, manualClock, onDisk, openOk, sqlite3, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

const NO_IDLE = { idleMs: 3_600_000 };
const wal = (root: string) => path.join(root, 'beian.wal');
const values = (root: string) => sqlite3(root, 'SELECT group_concat(v) FROM (SELECT v FROM t ORDER BY v)');

/** A workspace whose snapshot holds table t (empty) and whose log is empty; opened again, with a backup taken. */
async function reopened(root = tempDir()) {
  const first = await openOk(root);
  await first.mutate((tx) => run(tx.db, 'CREATE TABLE t (v INTEGER, body TEXT)'));
  await first.close();
  return { root, store: await openOk(root, { checkpoint: NO_IDLE }) };
}

describe('write-ahead log', () => {
  it('a save appends its pages to beian.wal and leaves beian.sqlite alone; the files replay to the very bytes in memory', async () => {
    const { root, store } = await reopened();
    const snapshot = readFileSync(path.join(root, 'beian.sqlite'));
    expect(statSync(wal(root)).size).toBe(LOG_HEADER_BYTES);
    await store.mutate((tx) => run(tx.db, 'INSERT INTO t VALUES (1, ?)', ['x'.repeat(100_000)])); // overflow pages
    await store.mutate((tx) => run(tx.db, 'CREATE INDEX t_v ON t (v)'));
    await Promise.all([2, 3, 4].map((v) => store.mutate((tx) => run(tx.db, 'INSERT INTO t VALUES (?, ?)', [v, String(v)]))));
    await store.mutate((tx) => run(tx.db, 'DELETE FROM t WHERE v = 1')); // pages freed
    await store.mutate((tx) => tx.audit('t', '2', { v: 2 }, { v: 20 }));
    expect(readFileSync(path.join(root, 'beian.sqlite')).equals(snapshot)).toBe(true);
    const scan = scanLog(readFileSync(wal(root)));
    if (!scan.ok) throw new Error(scan.reason);
    expect(scan.records.length).toBe(7);
    expect(scan.records.map((r) => r.sequence)).toEqual([...Array(7).keys()].map((i) => scan.records[0]!.sequence + i));
    const replayed = readFileSync(await onDisk(root));
    expect(Buffer.from(store.read((db) => databaseFileBytes(db))).equals(replayed)).toBe(true);
    expect(sqlite3(await onDisk(root), 'PRAGMA integrity_check')).toBe('ok');
    await store.close();
  });

  it('a torn record at the tail was never acknowledged: dropped, and the log cut back to the last whole record', async () => {
    const { root, store } = await reopened();
    await store.mutate((tx) => run(tx.db, 'INSERT INTO t (v) VALUES (1)'));
    const next = encodeRecord(999, new Uint8Array(5000).fill(7));
    const goodLength = statSync(wal(root)).size;
    // Not closed: as after a crash.
    const copy = tempDir();
    cpSync(root, copy, { recursive: true });
    await store.close();
    appendFileSync(wal(copy), next.subarray(0, 3000));
    const again = await openOk(copy);
    expect(again.read((db) => all(db, 'SELECT v FROM t').map((r) => r.v))).toEqual([1]);
    await again.close();
    expect(statSync(wal(copy)).size).toBeLessThanOrEqual(goodLength);
    // Zeros where a record should be (a file extended but never written, after a power cut) are a torn tail too.
    appendFileSync(wal(copy), new Uint8Array(8192));
    const third = await openOk(copy);
    expect(third.read((db) => all(db, 'SELECT v FROM t').map((r) => r.v))).toEqual([1]);
    await third.close();
  });

  for (const [kind, damage] of [
    ['a checksum failing before the tail', (log: Buffer, firstEnd: number) => (log[firstEnd - 1] = log[firstEnd - 1]! ^ 0xff)],
    ['a gap in the sequence', (log: Buffer, firstEnd: number) => log.writeBigUInt64BE(log.readBigUInt64BE(firstEnd + 8) + 1n, firstEnd + 8)],
  ] as const) {
    it(`${kind} is damage: both files set aside untouched, the good backups offered`, async () => {
      const { root, store } = await reopened();
      for (const v of [1, 2, 3]) await store.mutate((tx) => run(tx.db, 'INSERT INTO t (v) VALUES (?)', [v]));
      const copy = tempDir();
      cpSync(root, copy, { recursive: true }); // as after a crash: the log not checkpointed
      await store.close();
      const log = readFileSync(wal(copy));
      const scan = scanLog(log);
      if (!scan.ok) throw new Error(scan.reason);
      damage(log, scan.records[0]!.end);
      writeFileSync(wal(copy), log);
      const snapshot = readFileSync(path.join(copy, 'beian.sqlite'));

      const result = await openWorkspace(copy);
      if (result.state !== 'damaged') throw new Error(`expected damaged, got ${result.state}`);
      expect(readFileSync(result.setAsidePath).equals(snapshot)).toBe(true);
      const logAside = readdirSync(copy).filter((f) => f.startsWith('beian.wal.damaged-'));
      expect(logAside).toHaveLength(1);
      expect(readFileSync(path.join(copy, logAside[0]!)).equals(log)).toBe(true);
      expect(result.backups.length).toBeGreaterThan(0);
    });
  }

  it('a log left without its snapshot is set aside, never replayed onto a new database', async () => {
    const { root, store } = await reopened();
    await store.mutate((tx) => run(tx.db, 'INSERT INTO t (v) VALUES (1)'));
    await store.close();
    const log = readFileSync(wal(root));
    writeFileSync(wal(root), Buffer.concat([log, encodeRecord(1, new Uint8Array(16))]));
    const kept = readFileSync(wal(root));
    const { rmSync } = await import('node:fs');
    rmSync(path.join(root, 'beian.sqlite'));
    const fresh = await openOk(root);
    expect(fresh.read((db) => one(db, "SELECT name FROM sqlite_master WHERE name = 't'"))).toBeUndefined();
    await fresh.close();
    const orphan = readdirSync(root).filter((f) => f.startsWith('beian.wal.orphan-'));
    expect(orphan).toHaveLength(1);
    expect(readFileSync(path.join(root, orphan[0]!)).equals(kept)).toBe(true);
  });
});

describe('checkpoints', () => {
  it('once the log passes its size: the snapshot holds everything and records its sequence, the log is emptied', async () => {
    const root = tempDir();
    const first = await openOk(root);
    await first.mutate((tx) => run(tx.db, 'CREATE TABLE t (v INTEGER, body TEXT)'));
    await first.close();
    const store = await openOk(root, { checkpoint: { ...NO_IDLE, maxLogBytes: 200_000 } });
    for (let v = 1; v <= 40; v++) await store.mutate((tx) => run(tx.db, 'INSERT INTO t VALUES (?, ?)', [v, 'y'.repeat(8000)]));
    await store.checkpoint(); // waits for the one the size started (and writes one for whatever came after)
    expect(statSync(wal(root)).size).toBe(LOG_HEADER_BYTES);
    const snapshot = path.join(root, 'beian.sqlite');
    expect(sqlite3(snapshot, 'SELECT count(*) FROM t')).toBe('40');
    expect(Number(sqlite3(snapshot, `SELECT value FROM kv WHERE key = '${CHECKPOINT_SEQUENCE_KEY}'`))).toBeGreaterThan(40);
    expect(readFileSync(snapshot).equals(Buffer.from(store.read((db) => databaseFileBytes(db))))).toBe(true);
    await store.close();
  });

  it('at idle, and on close', async () => {
    const root = tempDir();
    const first = await openOk(root);
    await first.mutate((tx) => run(tx.db, 'CREATE TABLE t (v INTEGER, body TEXT)'));
    await first.close();
    const store = await openOk(root, { checkpoint: { idleMs: 50 } });
    await store.mutate((tx) => run(tx.db, 'INSERT INTO t (v) VALUES (1)'));
    expect(statSync(wal(root)).size).toBeGreaterThan(LOG_HEADER_BYTES);
    await expect.poll(() => statSync(wal(root)).size, { timeout: 10_000 }).toBe(LOG_HEADER_BYTES);
    expect(values(path.join(root, 'beian.sqlite'))).toBe('1');
    await store.mutate((tx) => run(tx.db, 'INSERT INTO t (v) VALUES (2)'));
    await store.close();
    expect(statSync(wal(root)).size).toBe(LOG_HEADER_BYTES);
    expect(values(path.join(root, 'beian.sqlite'))).toBe('1,2');
  });

  it('rolling backups are the checkpoints’ snapshots', async () => {
    const root = tempDir();
    const { clock, advance } = manualClock();
    const store = await openOk(root, { clock, checkpoint: NO_IDLE });
    await store.mutate((tx) => tx.db.exec('CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1)'));
    await store.checkpoint();
    const [backup] = await listBackups(root);
    const { gunzipSync } = await import('node:zlib');
    expect(gunzipSync(readFileSync(path.join(root, 'backups', backup!.file))).equals(readFileSync(path.join(root, 'beian.sqlite')))).toBe(true);
    advance(60_000);
    await store.close();
  });
});

describe('restore and the log', () => {
  it('restoring a backup sets the log aside: nothing written after the backup is replayed onto it', async () => {
    const { root, store } = await reopened();
    const [backup] = await listBackups(root); // the on-open backup: t empty
    for (const v of [1, 2]) await store.mutate((tx) => run(tx.db, 'INSERT INTO t (v) VALUES (?)', [v]));
    const copy = tempDir();
    cpSync(root, copy, { recursive: true }); // as after a crash: records 1 and 2 only in the log
    await store.close();
    const log = readFileSync(wal(copy));
    const restored = await restoreBackup(copy, backup!.file);
    if (restored.state !== 'ok') throw new Error('expected ok');
    expect(restored.store.read((db) => all(db, 'SELECT v FROM t'))).toEqual([]);
    await restored.store.mutate((tx) => run(tx.db, 'INSERT INTO t (v) VALUES (9)'));
    await restored.store.close();
    const again = await openOk(copy);
    expect(again.read((db) => all(db, 'SELECT v FROM t').map((r) => r.v))).toEqual([9]);
    await again.close();
    const aside = readdirSync(copy).filter((f) => f.startsWith('beian.wal.replaced-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(copy, aside[0]!)).equals(log)).toBe(true);
  });
});

describe('a workspace made before the log', () => {
  it('opens unchanged: the same rows, the snapshot untouched until something changes, a log started beside it', async () => {
    const root = tempDir();
    cpSync(path.join(__dirname, '../../fixtures/storage/v1-workspace'), root, { recursive: true });
    const database = path.join(root, 'beian.sqlite');
    const original = readFileSync(database);
    expect(existsSync(wal(root))).toBe(false);
    const dump = (file: string) => sqlite3(file, "SELECT kind || ':' || id || ':' || data FROM record ORDER BY kind, id") + sqlite3(file, 'SELECT count(*) FROM audit') + sqlite3(file, 'SELECT name, credit_code FROM unit');
    const before = dump(database);
    expect(before).toContain('person:');

    const store = await openOk(root, { checkpoint: NO_IDLE });
    expect(readFileSync(database).equals(original)).toBe(true);
    expect(statSync(wal(root)).size).toBe(LOG_HEADER_BYTES);
    expect(store.read((db) => one<{ n: number }>(db, "SELECT count(*) AS n FROM record WHERE kind = 'server'")?.n)).toBe(1);
    await store.mutate((tx) => run(tx.db, "INSERT INTO kv (key, value) VALUES ('test.marker', '1')"));
    await store.close();
    expect(dump(database)).toBe(before);
    expect(sqlite3(database, "SELECT value FROM kv WHERE key = 'test.marker'")).toBe('1');
    expect(sqlite3(database, 'PRAGMA integrity_check')).toBe('ok');
  });
});
