// Durable-save latency of the storage layer (write-ahead log) against two baselines in the same run:
//   (a) plain append + fdatasync of the same number of bytes our save appended to beian.wal (the floor)
//   (b) better-sqlite3, journal_mode=WAL, synchronous=FULL, the same one-row transaction, same database size
// Target (issue 15): ours within 3x of (b) at every size, and flat as the database grows.
// Then, on a workspace of BENCH_SPACES customer spaces: a save of one record, open time with an empty log
// and with a log of BENCH_LOG_RECORDS records, a checkpoint's duration, size and the main thread's
// event-loop delay during it, and the rolling backup (gzip) of the same database.
// Then the main thread's event-loop delay with the database in its worker thread (bench/mainThreadDelay.ts):
// during the open and the checkpoint of that workspace, and during a BENCH_IMPORT_ROWS-row customer import.
// Env: BENCH_SAVES (default 200), BENCH_SIZES_MB (default "1,10,50"), BENCH_SPACES (default 100000, 0 skips),
// BENCH_LOG_RECORDS (default 10000), BENCH_IMPORT_ROWS (default 100000, 0 skips).
import { randomUUID } from 'node:crypto';
import { closeSync, cpSync, fdatasyncSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupContents, writeBackup } from '../electron/storage/backups';
import { writeFileDurable } from '../electron/storage/durableFile';
import { migrate } from '../electron/storage/migrate';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { databaseFileBytes } from '../electron/storage/pageCapture';
import { recoverDatabase } from '../electron/storage/recovery';
import { one, run } from '../electron/storage/rows';
import { loadSqlJs } from '../electron/storage/sqlWasm';
import { openWorkspace } from '../electron/storage/store';
import type { Store } from '../electron/storage/types';
import { ensureWorkspace } from '../electron/storage/workspace';
import { billingRow } from '../test/support/customerSheets';
import { delayChild, runDelayChild, writeImportSheet } from './mainThreadDelay';

// better-sqlite3 ships no types and @types/better-sqlite3 is not installed: the little used here.
interface BetterStatement {
  run(...params: unknown[]): unknown;
}
interface BetterDatabase {
  pragma(source: string): unknown;
  exec(sql: string): void;
  prepare(sql: string): BetterStatement;
  transaction<F extends (...args: never[]) => unknown>(fn: F): F;
  close(): void;
}
const BetterSqlite = require('better-sqlite3') as new (file: string) => BetterDatabase;

const SAVES = Number(process.env.BENCH_SAVES ?? 200);
const SIZES_MB = (process.env.BENCH_SIZES_MB ?? '1,10,50').split(',').map(Number);
const SPACES = Number(process.env.BENCH_SPACES ?? process.env.BENCH_BACKUP_ROWS ?? 100_000);
const LOG_RECORDS = Number(process.env.BENCH_LOG_RECORDS ?? 10_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TARGET = 3;
/** No checkpoint inside the measured loops (the log stays far under 32 MB anyway; this also rules out idle). */
const NO_CHECKPOINT = { maxLogBytes: 1 << 30, maxAgeMs: 3_600_000, idleMs: 3_600_000 };
const ROW_BYTES = 1000;

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Random-ish text rows, the same for both databases. */
function rowBody(i: number): string {
  let s = `${i}:`;
  while (s.length < ROW_BYTES) s += Math.random().toString(36).slice(2);
  return s.slice(0, ROW_BYTES);
}

async function openStore(root: string): Promise<Store> {
  const opened = await openWorkspace(root, { checkpoint: NO_CHECKPOINT });
  if (opened.state !== 'ok') throw new Error('workspace damaged');
  return opened.store;
}

async function fillOurs(root: string, targetBytes: number): Promise<number> {
  const store = await openStore(root);
  await store.mutate((tx) => {
    run(tx.db, 'CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER)');
    run(tx.db, 'INSERT INTO counter VALUES (1, 0)');
    run(tx.db, 'CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)');
    const rows = Math.ceil(targetBytes / (ROW_BYTES + 40));
    const stmt = tx.db.prepare('INSERT INTO filler (body) VALUES (?)');
    try {
      for (let i = 0; i < rows; i++) stmt.run([rowBody(i)]);
    } finally {
      stmt.free();
    }
  });
  await store.close();
  return readFileSync(path.join(root, 'beian.sqlite')).length;
}

function fillBetter(file: string, targetBytes: number): BetterDatabase {
  const db = new BetterSqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER); INSERT INTO counter VALUES (1, 0);');
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)');
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  const rows = Math.ceil(targetBytes / (ROW_BYTES + 40));
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(rowBody(i));
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return db;
}

interface Row {
  label: string;
  bytes: number;
  ours: number[];
  appended: number[];
  plain: number[];
  better: number[];
}

/** (a): the same number of bytes appended to a file and synced, the way the log does it. */
function plainAppend(file: string, bytes: Uint8Array): void {
  const fd = openSync(file, 'a');
  writeSync(fd, bytes);
  fdatasyncSync(fd);
  closeSync(fd);
}

const logSize = (root: string) => statSync(path.join(root, 'beian.wal')).size;

/**
 * SAVES saves of one change by `save`, each beside (a) and (b); `better` runs the same change in
 * better-sqlite3. The log's growth gives (a) its byte count.
 */
async function compare(label: string, root: string, dir: string, save: () => Promise<unknown>, better: () => void): Promise<Row> {
  const row: Row = { label, bytes: statSync(path.join(root, 'beian.sqlite')).size, ours: [], appended: [], plain: [], better: [] };
  const plainFile = path.join(dir, 'plain.log');
  writeFileSync(plainFile, '');
  for (let i = 0; i < SAVES + 5; i++) {
    const warm = i < 5;
    const before = logSize(root);
    let t = performance.now();
    await save();
    const ours = performance.now() - t;
    const appended = logSize(root) - before;
    const same = new Uint8Array(appended).fill(i & 0xff);
    t = performance.now();
    plainAppend(plainFile, same);
    const plain = performance.now() - t;
    t = performance.now();
    better();
    const b = performance.now() - t;
    if (warm) continue;
    row.ours.push(ours);
    row.appended.push(appended);
    row.plain.push(plain);
    row.better.push(b);
  }
  return row;
}

async function measure(mb: number): Promise<Row> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `beian-bench-${mb}mb-`));
  try {
    const root = path.join(dir, 'ws');
    await fillOurs(root, mb * 1024 * 1024);
    const better = fillBetter(path.join(dir, 'better.sqlite'), mb * 1024 * 1024);
    const bump = better.prepare('UPDATE counter SET n = n + 1 WHERE id = 1');
    const betterSave = better.transaction(() => bump.run());
    // Reopened: the on-open backup is taken now, so none falls inside the measured saves.
    const store = await openStore(root);
    const row = await compare(`${mb} MB`, root, dir, () => store.mutate((tx) => run(tx.db, 'UPDATE counter SET n = n + 1 WHERE id = 1')), betterSave);
    await store.close();
    better.close();
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (x: number) => x.toFixed(2).padStart(7);
const mAndP = (s: number[]) => `${ms(quantile(s, 0.5))} /${ms(quantile(s, 0.95))}`;

function printTable(rows: Row[]): void {
  const header = ['database', 'file MB', 'ours (save)', 'bytes appended', '(a) append+fsync', '(b) better-sqlite3 WAL', 'ours/(a)', 'ours/(b)', `target ≤${TARGET}x (b)`];
  const lines = rows.map((r) => {
    const ours = quantile(r.ours, 0.5);
    const a = quantile(r.plain, 0.5);
    const b = quantile(r.better, 0.5);
    return [
      r.label,
      (r.bytes / 1024 / 1024).toFixed(1),
      mAndP(r.ours),
      String(quantile(r.appended, 0.5)),
      mAndP(r.plain),
      mAndP(r.better),
      `${(ours / a).toFixed(2)}x`,
      `${(ours / b).toFixed(2)}x`,
      ours / b <= TARGET ? 'PASS' : 'MISS',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  console.log(`ms as median / p95; ratios are of medians; target: ours within ${TARGET}x of better-sqlite3 at every size (reported, not enforced)`);
}

async function main(): Promise<void> {
  if (process.env.BENCH_DELAY_CHILD) return delayChild(process.env.BENCH_DELAY_CHILD, process.argv.slice(2));
  console.log(`storage: durable save latency, ${SAVES} saves per size (${os.cpus().length} cores, node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)})`);
  const rows: Row[] = [];
  for (const mb of SIZES_MB) {
    const started = performance.now();
    rows.push(await measure(mb));
    console.log(`  ${mb} MB measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (SPACES > 0) rows.push(await measureSpaces(SPACES));
  if (IMPORT_ROWS > 0) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-import-'));
    try {
      const sheet = writeImportSheet(dir, IMPORT_ROWS);
      runDelayChild('import', [path.join(dir, 'ws'), sheet, String(IMPORT_ROWS)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printTable(rows);
}

/** A database of `rows` customer spaces shaped like an import's (fictional people from the test sheets). */
async function customerSpaceDatabase(rows: number): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.exec('PRAGMA page_size = 4096'); // what a new workspace gets
    migrate(db);
    const at = new Date().toISOString();
    const record = db.prepare("INSERT INTO record (kind, id, data, created_at, updated_at) VALUES ('customerSpace', ?, ?, ?, ?)");
    const audit = db.prepare("INSERT INTO audit (at, actor, entity, entity_id, field, old_value, new_value) VALUES (?, 'local', 'customerSpace', ?, '*', NULL, ?)");
    db.exec('BEGIN');
    for (let i = 0; i < rows; i++) {
      const c = billingRow(i).map((v) => String(v ?? ''));
      const id = randomUUID();
      const unit = i % 2 === 0;
      const data = JSON.stringify({
        id,
        spaceCode: c[0],
        serverId: '',
        renterKind: unit ? '单位' : '个人',
        renterName: c[2],
        renterIdType: unit ? '统一社会信用代码' : '居民身份证',
        renterIdNumber: c[4],
        renterIdCountry: '',
        renterPhone: c[5],
        responsibleName: c[6],
        responsibleIdType: unit ? '居民身份证' : '',
        responsibleIdNumber: c[7],
        domains: c[8]!.split('、').map((domain) => ({ domain, holderName: '', holderIdType: '', holderIdNumber: '' })),
        openedOn: c[11]!.replaceAll('/', '-'),
        reportedOn: c[12],
        changedOn: '',
        note: '',
      });
      record.run([id, data, at, at]);
      audit.run([at, id, data]);
    }
    db.exec('COMMIT');
    record.free();
    audit.free();
    return databaseFileBytes(db);
  } finally {
    db.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The same one-record save in better-sqlite3: a customer space's JSON rewritten and an audit row. */
function betterSpaces(file: string, bytes: Uint8Array, id: string): { save: () => void; close: () => void } {
  writeFileSync(file, bytes);
  const db = new BetterSqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const update = db.prepare("UPDATE record SET data = json_set(data, '$.note', ?), updated_at = ? WHERE kind = 'customerSpace' AND id = ?");
  const audit = db.prepare("INSERT INTO audit (at, actor, entity, entity_id, field, old_value, new_value) VALUES (?, 'local', 'customerSpace', 'x', 'note', NULL, ?)");
  let n = 0;
  const save = db.transaction(() => {
    const at = new Date().toISOString();
    update.run(`备注 ${++n}`, at, id);
    audit.run(at, `备注 ${n}`);
  });
  return { save, close: () => db.close() };
}

async function measureSpaces(spaces: number): Promise<Row> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-spaces-'));
  try {
    let t = performance.now();
    const bytes = await customerSpaceDatabase(spaces);
    console.log(`  ${spaces.toLocaleString('en-US')} customer spaces: database built in ${seconds(performance.now() - t)}, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`);
    const root = path.join(dir, 'ws');
    const paths = ensureWorkspace(root);
    writeFileSync(paths.database, bytes);
    t = performance.now();
    let store = await openStore(root); // first open: with its on-open backup
    console.log(`  open, no log (first open, with its rolling backup): ${seconds(performance.now() - t)}`);
    const id = store.read((db) => one<{ id: string }>(db, "SELECT id FROM record WHERE kind = 'customerSpace' LIMIT 1 OFFSET ?", [Math.floor(spaces / 2)])!.id);
    let n = 0;
    const saveOne = () =>
      store.mutate((tx) => {
        const note = `备注 ${++n}`;
        run(tx.db, "UPDATE record SET data = json_set(data, '$.note', ?), updated_at = ? WHERE kind = 'customerSpace' AND id = ?", [note, tx.now, id]);
        tx.audit('customerSpace', id, { note: '' }, { note });
      });
    const better = betterSpaces(path.join(dir, 'better.sqlite'), bytes, id);
    const row = await compare(`${spaces.toLocaleString('en-US')} spaces`, root, dir, saveOne, better.save);
    better.close();

    // Checkpoint of the whole database, with the main thread's event-loop delay meanwhile.
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    t = performance.now();
    await store.checkpoint();
    const checkpointMs = performance.now() - t;
    delay.disable();
    console.log(
      `  checkpoint: ${seconds(checkpointMs)}, snapshot ${(statSync(paths.database).size / 1024 / 1024).toFixed(1)} MB; ` +
        `event-loop delay meanwhile max ${(delay.max / 1e6).toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms`,
    );
    await store.close();

    // The same with the database in its worker thread, as the app runs it: the main thread stays free.
    runDelayChild('checkpoint', [root]);

    t = performance.now();
    store = await openStore(root);
    console.log(`  open, empty log: ${seconds(performance.now() - t)}`);
    // LOG_RECORDS commits at once: group commit appends them together, but each is its own record.
    t = performance.now();
    await Promise.all(Array.from({ length: LOG_RECORDS }, () => saveOne()));
    const logged = logSize(root);
    console.log(`  ${LOG_RECORDS.toLocaleString('en-US')} saves logged in ${seconds(performance.now() - t)}, log ${(logged / 1024 / 1024).toFixed(1)} MB`);
    // Left as a crash would leave it: a copy of the folder, not closed (close would checkpoint).
    const crashed = path.join(dir, 'crashed');
    cpSync(root, crashed, { recursive: true });
    await store.close();
    // Where an open's time goes: reading the files, then scan + replay + integrity_check alone (no checkpoint, no backup).
    t = performance.now();
    const snapshotBytes = readFileSync(path.join(crashed, 'beian.sqlite'));
    const logBytes = readFileSync(path.join(crashed, 'beian.wal'));
    const readMs = performance.now() - t;
    t = performance.now();
    const recovered = recoverDatabase(await loadSqlJs(), snapshotBytes, logBytes);
    const recoverMs = performance.now() - t;
    if (recovered.state !== 'ok') throw new Error('replay failed');
    console.log(`    of which: reading ${(snapshotBytes.byteLength / 1024 / 1024).toFixed(1)} MB snapshot + ${(logBytes.byteLength / 1024 / 1024).toFixed(1)} MB log ${seconds(readMs)}; scan, replay of ${recovered.replayed.toLocaleString('en-US')} records and integrity_check ${seconds(recoverMs)}`);
    recovered.db.close();
    t = performance.now();
    const reopened = await openWorkspace(crashed, { checkpoint: NO_CHECKPOINT });
    if (reopened.state !== 'ok') throw new Error('replay failed');
    console.log(`  open with a log of ${LOG_RECORDS.toLocaleString('en-US')} records (replay, integrity_check, checkpoint): ${seconds(performance.now() - t)}`);
    await reopened.store.close();

    await measureBackup(bytes, dir);
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureBackup(bytes: Uint8Array, dir: string): Promise<void> {
  const paths = ensureWorkspace(path.join(dir, 'backup-ws'));
  let t = performance.now();
  await writeFileDurable(path.join(dir, 'plain-copy.sqlite'), bytes);
  const plainS = (performance.now() - t) / 1000;
  t = performance.now();
  const file = await writeBackup(paths, bytes, new Date(), 10);
  const gzS = (performance.now() - t) / 1000;
  const backup = path.join(paths.backups, file);
  const gzBytes = statSync(backup).size;
  t = performance.now();
  const back = await backupContents(file, readFileSync(backup));
  const gunzipS = (performance.now() - t) / 1000;
  if (!back || Buffer.compare(back, bytes) !== 0) throw new Error('backup did not decompress to the database');
  const mb = (x: number) => (x / 1024 / 1024).toFixed(1);
  console.log(
    `  rolling backup: ${mb(bytes.byteLength)} MB -> ${mb(gzBytes)} MB .gz in ${gzS.toFixed(2)} s (plain durable copy ${plainS.toFixed(2)} s); ` +
      `read + decompress for restore ${gunzipS.toFixed(2)} s`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
