// The main thread's event-loop delay (perf_hooks.monitorEventLoopDelay) while the database thread works: a
// 100,000-row customer import and a checkpoint of the 100,000-space database, both through the worker host the
// desktop app and the browser host use. Each runs in a fresh process (`runDelayChild`), whose main thread holds
// no more than the app's does (the bench's own heap, hundreds of MB built in-process, would pause it for
// garbage collection). Beside each figure: an idle process sampled in the same window, i.e. what the machine's
// load alone costs any main thread.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Dispatch } from '../electron/api/dispatch';
import { openWorkerApiHost, type WorkerApiHost } from '../electron/api/workerHost';
import type { ImportPreview, ImportProgress } from '../shared/records/customerImport';
import { apiWorkerScript } from '../test/support/apiWorkerBundle';
import { billingRow, csvText } from '../test/support/customerSheets';
import { SAMPLE_UNIT } from '../test/support/sampleData';

/** Event-loop delay target for the main thread (issue 15). */
export const DELAY_TARGET_MS = 50;

export interface Delay {
  maxMs: number;
  p99Ms: number;
  wallMs: number;
  /** An idle process's delay over the same window. */
  idle: { maxMs: number; p99Ms: number };
}

const IDLE_PROCESS = `
const { monitorEventLoopDelay } = require('node:perf_hooks');
const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
process.stdout.write('ready\\n');
process.stdin.resume();
process.stdin.on('end', () => {
  h.disable();
  process.stdout.write(JSON.stringify({ maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6 }) + '\\n');
});`;

/** An idle Node process sampling its own event-loop delay until stopped. */
async function idleProcess(): Promise<{ stop(): Promise<{ maxMs: number; p99Ms: number }> }> {
  const child = spawn(process.execPath, ['-e', IDLE_PROCESS], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  await new Promise<void>((resolve) => {
    const onData = (chunk: string) => {
      out += chunk;
      if (out.includes('ready\n')) {
        child.stdout.off('data', onData);
        out = '';
        resolve();
      }
    };
    child.stdout.on('data', onData);
  });
  return {
    stop: () =>
      new Promise((resolve) => {
        child.stdout.on('data', (chunk: string) => (out += chunk));
        child.once('close', () => resolve(JSON.parse(out) as { maxMs: number; p99Ms: number }));
        child.stdin.end();
      }),
  };
}

/** Runs `work` while sampling this main thread's event-loop delay every 10 ms, and an idle process's. */
export async function withDelayMonitor(work: () => Promise<void>): Promise<Delay> {
  const control = await idleProcess();
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const t = performance.now();
  await work();
  const wallMs = performance.now() - t;
  histogram.disable();
  const idle = await control.stop();
  return { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, wallMs, idle };
}

export function describeDelay(what: string, d: Delay): string {
  const verdict = d.maxMs < DELAY_TARGET_MS ? 'PASS' : 'MISS';
  return (
    `  ${what}: ${(d.wallMs / 1000).toFixed(2)} s; main thread event-loop delay max ${d.maxMs.toFixed(1)} ms, p99 ${d.p99Ms.toFixed(1)} ms  ${verdict} (target max < ${DELAY_TARGET_MS} ms); ` +
    `an idle process meanwhile: max ${d.idle.maxMs.toFixed(1)} ms, p99 ${d.idle.p99Ms.toFixed(1)} ms`
  );
}

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const reply = await dispatch(method, input, { transport: 'cli' });
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.result as T;
}

/** 导入客户空间 as the screens do it: preview, run, then poll the progress until done. */
async function importThrough(dispatch: Dispatch, file: string, rows: number): Promise<void> {
  const preview = await ok<ImportPreview>(dispatch, 'customerSpaces.importPreview', { path: file });
  const { jobId } = await ok<{ jobId: string }>(dispatch, 'customerSpaces.importRun', { importId: preview.importId, mapping: preview.suggestedMapping, dryRun: false });
  for (;;) {
    const progress = await ok<ImportProgress>(dispatch, 'customerSpaces.importProgress', { jobId });
    if (progress.phase === 'done') {
      if (progress.error) throw new Error(`import failed: ${progress.error.message}`);
      if (progress.result?.imported !== rows) throw new Error(`expected ${rows} imported, got ${progress.result?.imported}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Writes the 100,000-row sheet the import child reads (here, so that the child's main thread never holds it). */
export function writeImportSheet(dir: string, rows: number): string {
  const file = path.join(dir, 'customers.csv');
  writeFileSync(file, csvText(Array.from({ length: rows }, (_, i) => billingRow(i))));
  return file;
}

const NO_CHECKPOINT = { maxLogBytes: 1 << 30, maxAgeMs: 3_600_000, idleMs: 3_600_000 };

/** What a delay child does (BENCH_DELAY_CHILD=import|checkpoint), in its fresh process. */
export async function delayChild(mode: string, args: string[]): Promise<void> {
  const workerPath = apiWorkerScript();
  if (mode === 'import') {
    const [workspace, file, rows] = args as [string, string, string];
    let host: WorkerApiHost | undefined;
    const open = await withDelayMonitor(async () => {
      host = await openWorkerApiHost(workspace, { workerPath });
    });
    console.log(describeDelay('open of a new workspace in the database thread', open));
    const d = await withDelayMonitor(() => importThrough(host!.dispatch, file, Number(rows)));
    console.log(describeDelay(`${Number(rows).toLocaleString('en-US')}-row import (.csv), database in the worker`, d));
    const closing = await withDelayMonitor(() => host!.close());
    console.log(describeDelay('closing it (pending saves, checkpoint of the imported database, its rolling backup)', closing));
    return;
  }
  if (mode === 'checkpoint') {
    const [root] = args as [string];
    let host: WorkerApiHost | undefined;
    const open = await withDelayMonitor(async () => {
      host = await openWorkerApiHost(root, { workerPath, checkpoint: NO_CHECKPOINT });
    });
    console.log(describeDelay('open in the database thread', open));
    for (let i = 0; i < 10; i++) await ok(host!.dispatch, 'unit.save', { ...SAMPLE_UNIT, name: `${SAMPLE_UNIT.name}${i}` });
    // close writes the checkpoint: the whole database as a new snapshot, then its rolling backup.
    const checkpoint = await withDelayMonitor(() => host!.close());
    console.log(describeDelay('checkpoint in the database thread (written by close, with its rolling backup)', checkpoint));
    return;
  }
  throw new Error(`unknown delay child ${mode}`);
}

/** Runs this bench bundle again as a delay child; its lines are printed as they come. */
export function runDelayChild(mode: 'import' | 'checkpoint', args: string[]): void {
  const run = spawnSync(process.execPath, [process.argv[1]!, ...args], { stdio: 'inherit', env: { ...process.env, BENCH_DELAY_CHILD: mode } });
  if (run.status !== 0) throw new Error(`delay child ${mode} failed (${run.status ?? run.signal})`);
}
