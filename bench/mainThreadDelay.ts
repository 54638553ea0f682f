// The main thread's event-loop delay (perf_hooks.monitorEventLoopDelay) while the database thread works: a
// 100,000-row customer import and a checkpoint of the 100,000-space database, both through the worker host the
// desktop app and the browser host use. Beside it, the delay of the idle main thread in the same run: on a
// loaded machine the operating system's scheduling alone delays it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Dispatch } from '../electron/api/dispatch';
import { openWorkerApiHost } from '../electron/api/workerHost';
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
}

/** Runs `work` while sampling the main thread's event-loop delay every 10 ms. */
export async function withDelayMonitor(work: () => Promise<void>): Promise<Delay> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const t = performance.now();
  await work();
  const wallMs = performance.now() - t;
  histogram.disable();
  return { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, wallMs };
}

export function describeDelay(what: string, d: Delay): string {
  const verdict = d.maxMs < DELAY_TARGET_MS ? 'PASS' : 'MISS';
  return `  ${what}: ${(d.wallMs / 1000).toFixed(2)} s; main thread event-loop delay max ${d.maxMs.toFixed(1)} ms, p99 ${d.p99Ms.toFixed(1)} ms  ${verdict} (target max < ${DELAY_TARGET_MS} ms)`;
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

/** The 100,000-row import into a fresh workspace, through the database thread and (for scale) in-process. */
export async function importDelays(dir: string, rows: number): Promise<void> {
  const file = path.join(dir, 'customers.csv');
  writeFileSync(file, csvText(Array.from({ length: rows }, (_, i) => billingRow(i))));
  const workerPath = apiWorkerScript();

  const inWorker = await openWorkerApiHost(path.join(dir, 'import-worker'), { workerPath });
  const d = await withDelayMonitor(() => importThrough(inWorker.dispatch, file, rows));
  console.log(describeDelay(`${rows.toLocaleString('en-US')}-row import (.csv), database in the worker`, d));
  const closing = await withDelayMonitor(() => inWorker.close());
  console.log(describeDelay('  then closing it (pending saves, checkpoint of the imported database)', closing));
}

/** The main thread doing nothing for `ms`: what the machine's load alone costs it. */
export async function idleDelay(ms: number): Promise<Delay> {
  return withDelayMonitor(() => new Promise((resolve) => setTimeout(resolve, ms)));
}

/**
 * The workspace at `root` opened in the database thread, `saves` saves of 单位信息, then closed: the close writes
 * the checkpoint (the whole database as a new snapshot, and its rolling backup). The main thread's delay during
 * the open and during that checkpoint.
 */
export async function checkpointDelay(root: string, saves: number): Promise<{ open: Delay; checkpoint: Delay }> {
  const workerPath = apiWorkerScript();
  let host: Awaited<ReturnType<typeof openWorkerApiHost>> | undefined;
  const open = await withDelayMonitor(async () => {
    host = await openWorkerApiHost(root, { workerPath, checkpoint: { maxLogBytes: 1 << 30, maxAgeMs: 3_600_000, idleMs: 3_600_000 } });
  });
  for (let i = 0; i < saves; i++) await ok(host!.dispatch, 'unit.save', { ...SAMPLE_UNIT, name: `${SAMPLE_UNIT.name}${i}` });
  const checkpoint = await withDelayMonitor(() => host!.close());
  return { open, checkpoint };
}
