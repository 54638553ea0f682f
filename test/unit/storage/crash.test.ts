import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodBackups } from '../../../electron/storage/backups';
import { passesIntegrityCheck } from '../../../electron/storage/integrity';
import { one } from '../../../electron/storage/rows';
import { loadSqlJs } from '../../../electron/storage/sqlWasm';
import { listBackups, openWorkspace } from '../../../electron/storage/store';
import { SQL_WASM, bundleFixture } from '../../fixtures/storage/bundle';
import { cleanupTemps, sqlite3, tempDir } from '../../fixtures/storage/helpers';

const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 80);
const CLI_EVERY = 4; // the sqlite3 shell on a sample of iterations

let child = '';
beforeAll(() => {
  child = bundleFixture('crashChild');
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

describe('crash safety', () => {
  it(`SIGKILL at random moments ${ITERATIONS} times: the database always opens intact and holds every acknowledged change`, async () => {
    const root = tempDir('beian-crash-');
    const database = path.join(root, 'beian.sqlite');
    let acknowledged = 0;
    let totalAcks = 0;
    let tempLeft = 0;
    let cliChecks = 0;
    let backupTempsLeft = 0;
    let backupChecks = 0;
    const SQL = await loadSqlJs();
    const started = Date.now();
    for (let i = 0; i < ITERATIONS; i++) {
      // Mostly 5–200 ms after acking starts; every 8th kill lands during start-up (open, on-open backup).
      const early = i % 8 === 7;
      const delay = early ? Math.floor(Math.random() * 150) : 5 + Math.floor(Math.random() * 196);
      const run = await runAndKill(root, delay, early);
      acknowledged = Math.max(acknowledged, run.lastAck);
      totalAcks += run.acks;
      if (existsSync(`${database}.tmp`)) tempLeft++; // killed mid-save
      if (readdirSync(path.join(root, 'backups')).some((f) => f.endsWith('.tmp'))) backupTempsLeft++; // mid-backup

      if (i % CLI_EVERY === 0 && existsSync(database)) {
        expect(sqlite3(database, 'PRAGMA integrity_check'), `iteration ${i}`).toBe('ok');
        cliChecks++;
      }
      const opened = await openWorkspace(root);
      expect(opened.state, `iteration ${i}`).toBe('ok');
      if (opened.state !== 'ok') return;
      expect(readdirSync(path.join(root, 'backups')).filter((f) => f.endsWith('.tmp')), `iteration ${i}`).toEqual([]);
      if (i % CLI_EVERY === 0) {
        // A kill mid-backup never leaves a file that passes for a backup but does not hold one.
        const listed = (await listBackups(root)).map((b) => b.file);
        expect((await goodBackups(SQL, root)).map((b) => b.file), `iteration ${i}`).toEqual(listed);
        backupChecks++;
      }
      const { intact, n } = opened.store.read((db) => ({
        intact: passesIntegrityCheck(db),
        n: one<{ n: number }>(db, 'SELECT n FROM counter WHERE id = 1')?.n ?? 0,
      }));
      await opened.store.close();
      expect(intact, `iteration ${i}`).toBe(true);
      expect(n, `iteration ${i}: last ACK ${acknowledged}`).toBeGreaterThanOrEqual(acknowledged);
      acknowledged = Math.max(acknowledged, n);
      await sleep(0);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test: ${ITERATIONS} SIGKILLs in ${seconds} s, ${totalAcks} acknowledged mutations (counter ${acknowledged}), ` +
        `${tempLeft} kills left a temp file (mid-save), ${backupTempsLeft} a backup temp file, sqlite3 shell checked ${cliChecks} times, ` +
        `every backup checked ${backupChecks} times`,
    );
    expect(totalAcks).toBeGreaterThan(ITERATIONS);
  }, 120_000);
});
