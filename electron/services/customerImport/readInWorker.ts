// Reads an imported file in a node:worker_threads Worker with a heap limit and a wall-time limit, so that a
// spreadsheet bomb ends as a Chinese refusal and the main process (or the browser host) stays up.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { refusals } from './messages';
import { SHEET_BOUNDS } from './sheetBounds';
import { SheetRefused, type ParsedSheet } from './sheetTypes';

let source: Promise<string> | undefined;

/**
 * The worker's code: dist/electron/sheetWorker.cjs beside the bundle (scripts/build.mjs); run from the
 * TypeScript sources (tests), bundled once per process with esbuild. Passed as text (eval), so it also loads
 * from inside app.asar.
 */
function workerSource(): Promise<string> {
  source ??= (async () => {
    if (process.env.BEIAN_BUNDLED === '1') return readFile(path.join(__dirname, 'sheetWorker.cjs'), 'utf8');
    const esbuild = await import('esbuild');
    const out = await esbuild.build({
      entryPoints: [path.join(__dirname, 'sheetWorker.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'silent',
    });
    return out.outputFiles[0]!.text;
  })();
  return source;
}

interface Limits {
  heapMb?: number;
  wallMs?: number;
}

let reader: { worker: Worker; heapMb: number } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 0;

/** The reading worker, started on first use and kept for the next file; unref'd, so it never keeps a CLI run alive. */
async function readerWorker(heapMb: number): Promise<Worker> {
  if (reader && reader.heapMb === heapMb) return reader.worker;
  if (reader) void reader.worker.terminate();
  const worker = new Worker(await workerSource(), {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 },
    stdout: true,
    stderr: true,
  });
  worker.unref();
  worker.on('error', () => undefined); // each read listens for itself; this keeps an idle worker's death quiet
  reader = { worker, heapMb };
  return worker;
}

function readOnce(fileName: string, bytes: Uint8Array, limits: Limits): Promise<ParsedSheet> {
  return readerWorker(limits.heapMb ?? SHEET_BOUNDS.workerHeapMb).then(
    (worker) =>
      new Promise<ParsedSheet>((resolve, reject) => {
        const id = ++nextId;
        const cleanup = () => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        // A worker that failed or took too long is ended; the next file gets a fresh one.
        const discard = () => {
          if (reader?.worker === worker) reader = null;
          void worker.terminate();
        };
        const refuse = (message: string) => {
          cleanup();
          discard();
          reject(new SheetRefused(message));
        };
        const onMessage = (m: { id: number; sheet?: ParsedSheet; refused?: string }) => {
          if (m.id !== id) return;
          cleanup();
          if (m.sheet) resolve(m.sheet);
          else reject(new SheetRefused(m.refused ?? refusals.readerFailed));
        };
        const onError = (err: Error & { code?: string }) => refuse(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refusals.outOfMemory : refusals.readerFailed);
        const onExit = () => refuse(refusals.readerFailed);
        const timer = setTimeout(() => refuse(refusals.tooSlow), limits.wallMs ?? SHEET_BOUNDS.wallSeconds * 1000);
        worker.on('message', onMessage);
        worker.once('error', onError);
        worker.once('exit', onExit);
        worker.postMessage({ id, fileName, bytes });
      }),
  );
}

/** Reads one file in the worker; files are read one at a time, each within the heap and wall-time limits. */
export function readSheetInWorker(fileName: string, bytes: Uint8Array, limits: Limits = {}): Promise<ParsedSheet> {
  const result = queue.then(() => readOnce(fileName, bytes, limits));
  queue = result.catch(() => undefined);
  return result;
}
