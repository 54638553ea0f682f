import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodBackups } from '../../../electron/storage/backups';
import { passesIntegrityCheck } from '../../../electron/storage/integrity';
import { one } from '../../../electron/storage/rows';
import { checkpointSequence, recoverDatabase } from '../../../electron/storage/recovery';
import { loadSqlJs } from '../../../electron/storage/sqlWasm';
import { scanLog } from '../../../electron/storage/writeAheadLog';
import { listBackups, openWorkspace } from '../../../electron/storage/store';
import { SQL_WASM, bundleFixture } from '../../fixtures/storage/bundle';
import { cleanupTemps, sqlite3, tempDir } from '../../fixtures/storage/helpers';

// CI: 100 kills, each starting a process: 64.7 s for 100 on a nearly quiet 2-core machine (load 4), about
// 2 s a kill when the machine is loaded. `npm run soak` runs thousands.
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 100);
const CLI_EVERY = 10; // the sqlite3 shell on a sample of iterations
const FULL_OPEN_EVERY = 5; // openWorkspace itself (with its checkpoint and backup) on a sample; the child opens it every time
const TIMEOUT_MS = Number(process.env.CRASH_TIMEOUT_MS ?? 600_000);

let child = '';
beforeAll(() => {
  child = bundleFixture('crashChild', ['crashWorker']);
});
afterAll(() => {
  rmSync(path.dirname(child), { recursive: true, force: true });
  cleanupTemps();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Run {
  lastAck: number;
  acks: number;
}

/** Starts the child, kills it with SIGKILL `delay` ms after its first ACK (or after start, if `early`). */
function runAndKill(root: string, delay: number, early: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, root], {
      env: { ...process.env, BEIAN_SQL_WASM: SQL_WASM },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result: Run = { lastAck: 0, acks: 0 };
    let buffered = '';
    let stderr = '';
    let armed = false;
    const arm = () => {
      if (armed) return;
      armed = true;
      setTimeout(() => proc.kill('SIGKILL'), delay);
    };
    if (early) arm();
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^ACK (\d+)$/.exec(line);
        if (!m) continue;
        result.lastAck = Math.max(result.lastAck, Number(m[1]));
        result.acks++;
        arm();
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => proc.kill('SIGKILL'), 15_000);
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself: ${stderr.slice(0, 500)}`));
      else resolve(result);
    });
  });
}

/** Where in its work the child was when it died, read from the files it left. */
function phaseOf(root: string, snapshotSequence: number): string {
  if (existsSync(path.join(root, 'beian.sqlite.tmp'))) return 'checkpoint: writing the snapshot';
  if (existsSync(path.join(root, 'beian.wal.tmp'))) return 'checkpoint: replacing the log';
  if (readdirSync(path.join(root, 'backups')).some((f) => f.endsWith('.tmp'))) return 'rolling backup';
  const log = path.join(root, 'beian.wal');
  if (!existsSync(log)) return 'opening';
  const scan = scanLog(readFileSync(log));
  if (!scan.ok) return 'DAMAGED LOG';
  if (scan.tornTail) return 'log append (torn tail)';
  const last = scan.records.at(-1)?.sequence;
  if (last !== undefined && last <= snapshotSequence) return 'checkpoint: between rename and log truncation';
  return 'between writes';
}

/** The workspace's files (size, inode) and the snapshot's header fields, for a failure message. */
function describeFiles(root: string): string {
  const lines: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const info = statSync(path.join(root, name));
    lines.push(`${name}: ${info.isDirectory() ? 'folder' : `${info.size} bytes`}, inode ${info.ino}, mtime ${info.mtime.toISOString()}`);
  }
  const database = path.join(root, 'beian.sqlite');
  if (existsSync(database)) {
    const b = readFileSync(database);
    if (b.byteLength >= 100) {
      const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
      const raw = view.getUint16(16);
      lines.push(
        `snapshot header: page size ${raw === 1 ? 65536 : raw}, page count ${view.getUint32(28)}, change counter ${view.getUint32(24)}, ` +
          `version-valid-for ${view.getUint32(92)}, file ${b.byteLength} bytes`,
      );
    }
  }
  return lines.join('\n');
}

/** A copy of the workspace as the failure left it (the test's temp folders are removed afterwards). */
function keepCopy(root: string): string {
  const kept = mkdtempSync(path.join(os.tmpdir(), 'beian-crash-failed-'));
  cpSync(root, kept, { recursive: true });
  return kept;
}

/**
 * The snapshot is the database right after its checkpoint's own commit (sequence S): while the log
 * still holds record S, every page that record wrote must read the same in the snapshot. Catches an
 * image that changed after it was taken even when its header still looks whole. Null when it holds.
 */
function snapshotMismatch(root: string, snapshotSequence: number): string | null {
  const log = path.join(root, 'beian.wal');
  if (snapshotSequence === 0 || !existsSync(log)) return null;
  const scan = scanLog(readFileSync(log));
  const record = scan.ok ? scan.records.find((r) => r.sequence === snapshotSequence) : undefined;
  if (!record) return null;
  const snapshot = readFileSync(path.join(root, 'beian.sqlite'));
  const view = new DataView(record.payload.buffer, record.payload.byteOffset, record.payload.byteLength);
  const pageSize = view.getUint32(8);
  const count = view.getUint32(12);
  for (let i = 0, at = 16; i < count; i++, at += 4 + pageSize) {
    const index = view.getUint32(at);
    const page = record.payload.subarray(at + 4, at + 4 + pageSize);
    const onDisk = snapshot.subarray(index * pageSize, (index + 1) * pageSize);
    if (!Buffer.from(page).equals(onDisk)) return `snapshot page ${index + 1} differs from what its checkpoint's commit (sequence ${snapshotSequence}) wrote`;
  }
  return null;
}

function snapshotSequenceOf(SQL: SqlJsStatic, root: string): number {
  const db = new SQL.Database(readFileSync(path.join(root, 'beian.sqlite')));
  try {
    return checkpointSequence(db);
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`SIGKILL at random moments ${ITERATIONS} times: the workspace always opens intact and holds every acknowledged change`, async () => {
    const root = tempDir('beian-crash-');
    const database = path.join(root, 'beian.sqlite');
    let acknowledged = 0;
    let totalAcks = 0;
    let cliChecks = 0;
    let fullOpens = 0;
    let backupChecks = 0;
    const phases = new Map<string, number>();
    const recent: string[] = []; // the last few kills' phases, for a failure message
    const SQL = await loadSqlJs();
    const started = Date.now();
    for (let i = 0; i < ITERATIONS; i++) {
      // Mostly 0–150 ms after acking starts; every 8th kill lands during start-up (open, replay, on-open backup).
      const early = i % 8 === 7;
      const delay = Math.floor(Math.random() * 150);
      const run = await runAndKill(root, delay, early);
      acknowledged = Math.max(acknowledged, run.lastAck);
      totalAcks += run.acks;
      const snapshotSequence = existsSync(database) ? snapshotSequenceOf(SQL, root) : null;
      if (snapshotSequence !== null) {
        const phase = phaseOf(root, snapshotSequence);
        phases.set(phase, (phases.get(phase) ?? 0) + 1);
        recent.push(`${i}: ${phase}`);
        if (recent.length > 5) recent.shift();
      }

      const check = async (): Promise<number> => {
        if (snapshotSequence !== null) expect(snapshotMismatch(root, snapshotSequence), `iteration ${i}`).toBeNull();
        if (i % CLI_EVERY === 0 && existsSync(database)) {
          // The snapshot alone is always a whole database, to a tool this project did not write.
          expect(sqlite3(database, 'PRAGMA integrity_check'), `iteration ${i}`).toBe('ok');
          cliChecks++;
        }
        if (i % FULL_OPEN_EVERY === 0) {
          const opened = await openWorkspace(root);
          expect(opened.state, `iteration ${i}`).toBe('ok');
          if (opened.state !== 'ok') throw new Error('not opened');
          expect(readdirSync(path.join(root, 'backups')).filter((f) => f.endsWith('.tmp')), `iteration ${i}`).toEqual([]);
          // A kill mid-backup never leaves a file that passes for a backup but does not hold one.
          const listed = (await listBackups(root)).map((b) => b.file);
          expect((await goodBackups(SQL, root)).map((b) => b.file), `iteration ${i}`).toEqual(listed);
          backupChecks++;
          const seen = opened.store.read((db) => ({
            intact: passesIntegrityCheck(db),
            n: one<{ n: number }>(db, 'SELECT n FROM counter WHERE id = 1')?.n ?? 0,
          }));
          await opened.store.close();
          expect(seen.intact, `iteration ${i}`).toBe(true);
          fullOpens++;
          return seen.n;
        } else {
          // What the next open reads (it is the child's next open that writes): snapshot, replay, integrity_check.
          const log = path.join(root, 'beian.wal');
          const recovered = recoverDatabase(SQL, readFileSync(database), existsSync(log) ? readFileSync(log) : null);
          expect(recovered.state === 'ok' ? 'ok' : recovered.reason, `iteration ${i}`).toBe('ok');
          if (recovered.state !== 'ok') throw new Error('not recovered');
          const n = one<{ n: number }>(recovered.db, 'SELECT n FROM counter WHERE id = 1')?.n ?? 0;
          recovered.db.close();
          return n;
        }
      };
      let n: number;
      try {
        n = await check();
      } catch (err) {
        const how = early ? 'killed during start-up' : `killed ${delay} ms after the first ACK (${run.acks} ACKs)`;
        throw new Error(`${err instanceof Error ? err.message : String(err)}\n${how}; previous kills: ${recent.join(', ')}\n${describeFiles(root)}\nworkspace kept at ${keepCopy(root)}`);
      }
      expect(n, `iteration ${i}: last ACK ${acknowledged}`).toBeGreaterThanOrEqual(acknowledged);
      acknowledged = Math.max(acknowledged, n);
      // The soak's thousands take hours on a loaded machine: a count on the way, for a run that must be stopped.
      if (ITERATIONS > 100 && (i + 1) % 100 === 0) {
        const sofar = [...phases].sort((a, b) => b[1] - a[1]).map(([p, c]) => `${p} ${c}`).join(', ');
        console.log(`crash test: ${i + 1} SIGKILLs survived after ${((Date.now() - started) / 1000).toFixed(0)} s; killed during: ${sofar}`);
      }
      await sleep(0);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const byPhase = [...phases].sort((a, b) => b[1] - a[1]).map(([p, c]) => `${p} ${c}`).join(', ');
    console.log(
      `crash test: ${ITERATIONS} SIGKILLs in ${seconds} s, ${totalAcks} acknowledged mutations (counter ${acknowledged}); ` +
        `killed during: ${byPhase}; full opens ${fullOpens}, sqlite3 shell checked ${cliChecks} times, every backup checked ${backupChecks} times`,
    );
    expect(totalAcks).toBeGreaterThan(ITERATIONS);
    expect(phases.get('DAMAGED LOG') ?? 0).toBe(0);
  }, TIMEOUT_MS);
});
