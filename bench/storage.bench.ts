// Durable-save latency of the storage layer against two baselines measured in the same run:
//   (a) plain fs: write the same number of bytes to a temp file, fsync, rename, fsync the folder (the floor)
//   (b) better-sqlite3, journal_mode=WAL, synchronous=FULL, one small transaction, same database size
// Target: ours within 1.5x of (a) at every size. A MISS is reported, not failed.
// Then the rolling backup of a database of customer-space JSON records (as an import writes them: the
// record and its audit row): size before / after gzip, time of writeBackup against the plain durable
// copy earlier versions wrote, and of decompressing it again (restore).
// Env: BENCH_SAVES (default 200), BENCH_SIZES_MB (default "1,10,50"), BENCH_BACKUP_ROWS (default 100000, 0 skips).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupContents, writeBackup } from '../electron/storage/backups';
import { writeFileDurable } from '../electron/storage/durableFile';
import { migrate } from '../electron/storage/migrate';
import { run } from '../electron/storage/rows';
import { loadSqlJs } from '../electron/storage/sqlWasm';
import { openWorkspace } from '../electron/storage/store';
import type { Store } from '../electron/storage/types';
import { ensureWorkspace } from '../electron/storage/workspace';
import { billingRow } from '../test/support/customerSheets';
import { plainDurableWrite } from './plainDurableWrite';

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
const BACKUP_ROWS = Number(process.env.BENCH_BACKUP_ROWS ?? 100_000);
const TARGET = 1.5;
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
  const opened = await openWorkspace(root);
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
  mb: number;
  bytes: number;
  ours: number[];
  exportOnly: number[];
  plain: number[];
  better: number[];
}

async function measure(mb: number): Promise<Row> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `beian-bench-${mb}mb-`));
  try {
    const root = path.join(dir, 'ws');
    const bytes = await fillOurs(root, mb * 1024 * 1024);
    const plainBytes = readFileSync(path.join(root, 'beian.sqlite'));
    const better = fillBetter(path.join(dir, 'better.sqlite'), mb * 1024 * 1024);
    const bump = better.prepare('UPDATE counter SET n = n + 1 WHERE id = 1');
    const betterSave = better.transaction(() => bump.run());
    // Reopened: the on-open backup is taken now, so none falls inside the measured saves.
    const store = await openStore(root);
    const row: Row = { mb, bytes, ours: [], exportOnly: [], plain: [], better: [] };
    for (let i = 0; i < SAVES + 5; i++) {
      const warm = i < 5;
      let t = performance.now();
      await store.mutate((tx) => run(tx.db, 'UPDATE counter SET n = n + 1 WHERE id = 1'));
      const ours = performance.now() - t;
      t = performance.now();
      plainDurableWrite(dir, plainBytes);
      const plain = performance.now() - t;
      t = performance.now();
      betterSave();
      const b = performance.now() - t;
      if (warm) continue;
      row.ours.push(ours);
      row.plain.push(plain);
      row.better.push(b);
    }
    // Apart from the loop above, so its garbage does not land in the measured saves.
    for (let i = 0; i < Math.min(SAVES, 30); i++) {
      const t = performance.now();
      store.read((db) => db.export());
      row.exportOnly.push(performance.now() - t);
    }
    await store.close();
    better.close();
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (x: number) => x.toFixed(2).padStart(7);
const mAndP = (s: number[]) => `${ms(quantile(s, 0.5))} /${ms(quantile(s, 0.95))}`;

async function main(): Promise<void> {
  console.log(`storage: durable save latency, ${SAVES} saves per size, ms as median / p95 (${os.cpus().length} cores, node ${process.version})`);
  const rows: Row[] = [];
  for (const mb of SIZES_MB) {
    const started = performance.now();
    rows.push(await measure(mb));
    console.log(`  ${mb} MB measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const header = ['size', 'file MB', 'ours (save)', '(a) plain write', '(b) better-sqlite3 WAL', 'export() alone', 'ours/(a)', 'ours/(b)', `target ≤${TARGET}x (a)`];
  const lines = rows.map((r) => {
    const ours = quantile(r.ours, 0.5);
    const a = quantile(r.plain, 0.5);
    const b = quantile(r.better, 0.5);
    const ratioA = ours / a;
    return [
      `${r.mb} MB`,
      (r.bytes / 1024 / 1024).toFixed(1),
      mAndP(r.ours),
      mAndP(r.plain),
      mAndP(r.better),
      mAndP(r.exportOnly),
      `${ratioA.toFixed(2)}x`,
      `${(ours / b).toFixed(1)}x`,
      ratioA <= TARGET ? 'PASS' : 'MISS',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  console.log(`ratios are of medians; target: ours within ${TARGET}x of the plain durable write at every size (reported, not enforced)`);
  if (BACKUP_ROWS > 0) await measureBackup(BACKUP_ROWS);
}

/** A database of `rows` customer spaces shaped like an import's (fictional people from the test sheets). */
async function customerSpaceDatabase(rows: number): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.exec('PRAGMA page_size = 16384');
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
    return db.export();
  } finally {
    db.close();
  }
}

async function measureBackup(rows: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-backup-'));
  try {
    let t = performance.now();
    const bytes = await customerSpaceDatabase(rows);
    const builtS = (performance.now() - t) / 1000;
    const paths = ensureWorkspace(path.join(dir, 'ws'));
    t = performance.now();
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
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(
      `rolling backup of ${rows.toLocaleString('en-US')} customer spaces (database built in ${builtS.toFixed(1)} s): ` +
        `${mb(bytes.byteLength)} MB -> ${mb(gzBytes)} MB .gz (${(bytes.byteLength / gzBytes).toFixed(1)}x smaller); ` +
        `writeBackup ${gzS.toFixed(2)} s (plain durable copy, as before: ${plainS.toFixed(2)} s); read + decompress for restore ${gunzipS.toFixed(2)} s; ` +
        `10 backups ${mb(10 * gzBytes)} MB instead of ${mb(10 * bytes.byteLength)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
