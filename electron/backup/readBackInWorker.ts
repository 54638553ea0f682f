// Starts the read-back worker (readBackWorker.ts) for one backup and talks to it: the writer reports each
// fsync, the worker reports bytes checked and, at the end, the manifest it read back or the failure.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import { readBackDiffers } from './readBackMessages';
import type { ReadBackReply, ReadBackRequest } from './readBackProtocol';

let source: Promise<string> | undefined;

/**
 * The worker's code: dist/electron/backupReadBackWorker.cjs beside the bundle (scripts/build.mjs); run from
 * the TypeScript sources (tests, benches and their child processes, started from the repository), bundled
 * once per process with esbuild. Passed as text (eval), so it also loads from inside app.asar.
 */
export function workerSource(): Promise<string> {
  source ??= (async () => {
    if (process.env.BEIAN_BUNDLED === '1') return readFile(path.join(__dirname, 'backupReadBackWorker.cjs'), 'utf8');
    const candidates = [path.join(__dirname, 'readBackWorker.ts'), path.join(process.env.BEIAN_REPO_ROOT ?? process.cwd(), 'electron', 'backup', 'readBackWorker.ts')];
    const entry = candidates.find((c) => existsSync(c));
    if (!entry) throw new Error('readBackWorker.ts not found');
    // Loaded from beside the sources (not bundled into a bench's or a test child's bundle).
    const esbuild = createRequire(entry)('esbuild') as typeof import('esbuild');
    const out = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
    return out.outputFiles[0]!.text;
  })();
  source.catch(() => {
    source = undefined;
  });
  return source;
}

export interface ReadBack {
  /** The file exists and the payload starts at `payloadStart`, sealed under `fileKey`. */
  start(file: string, payloadStart: number, fileKey: Uint8Array): void;
  /** Bytes before `to` are fsynced (`complete`: all of the file, header included). */
  synced(to: number, complete: boolean): void;
  /** The manifest as read back (JSON), once every entry checked out; or the Chinese failure. */
  result: Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts a worker that reads the backup back as it is written. Messages sent before the worker is up
 * wait in its port. onBytes gets the plaintext bytes checked so far, in steps.
 */
export function startReadBack(onBytes: (n: number) => void): ReadBack {
  let worker: Worker | null = null;
  let stopped = false;
  const queued: ReadBackRequest[] = [];
  const send = (m: ReadBackRequest) => (worker ? worker.postMessage(m) : queued.push(m));
  const result = (async () => {
    const code = await workerSource();
    if (stopped) throw new ApiError('VALIDATION', '已取消', 'cancel');
    const w = new Worker(code, { eval: true });
    worker = w;
    for (const m of queued.splice(0)) w.postMessage(m);
    return new Promise<string>((resolve, reject) => {
      w.on('message', (m: ReadBackReply) => {
        if (m.kind === 'bytes') onBytes(m.bytes);
        else if (m.kind === 'done') resolve(m.manifest);
        else reject(new ApiError(m.error.code, m.error.message, m.error.field));
      });
      w.once('error', () => reject(readBackDiffers()));
      w.once('exit', () => reject(stopped ? new ApiError('VALIDATION', '已取消', 'cancel') : readBackDiffers()));
    });
  })();
  result.catch(() => undefined); // awaited by the writer; a failure must not surface as unhandled first
  return {
    start: (file, payloadStart, fileKey) => send({ kind: 'start', file, payloadStart, fileKey }),
    synced: (to, complete) => send({ kind: 'synced', to, complete }),
    result,
    stop: async () => {
      stopped = true;
      await worker?.terminate();
    },
  };
}
