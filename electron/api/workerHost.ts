// The main thread's side of the database thread: every call is posted to the worker (apiWorker.ts) and
// answered with its CallResult. The main process and the browser host only pass messages, so a long save,
// checkpoint or import never holds up a window or a request. What only the main side has (the system dialog,
// the OS keychain) stays here: the worker asks for it by message.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiError, type CallResult } from '../../shared/api/errors';
import type { Dispatch } from './dispatch';
import type { CallContext } from './handlers';
import type { AskOp, CrossedError, FromWorker, ToWorker, WorkerCallContext, WorkerOpenOptions } from './workerProtocol';

export interface WorkerApiHostOptions extends WorkerOpenOptions {
  /** The worker's script: by default apiWorker.cjs beside the running bundle (dist/electron/, also inside app.asar). */
  workerPath?: string;
  /** Told of a worker that died (an uncaught error, an exit); the next call opens the workspace again. */
  onCrash?: (err: unknown) => void;
}

export const WORKER_STOPPED_MESSAGE = '数据处理线程意外停止，这次操作可能没有完成；工作目录会重新打开，请重试';
const CLOSED_MESSAGE = '工作目录已关闭，操作未执行';

/** The error `open` failed with, as the in-process host would have thrown it. */
function uncross(error: CrossedError): Error {
  if (error.api) return new ApiError(error.api.code, error.api.message, error.api.field);
  const err = new Error(`the database thread failed: ${error.name}`) as NodeJS.ErrnoException;
  err.name = error.name;
  if (error.code) err.code = error.code;
  if (error.stack) err.stack = `${err.name}\n${error.stack}`;
  return err;
}

function envelope(err: unknown): CallResult<never> {
  if (err instanceof ApiError) return { ok: false, error: err.toJSON() };
  return { ok: false, error: { code: 'INTERNAL', message: '内部错误，操作未完成；请重试，若仍失败请联系技术支持' } };
}

function flagsOf(ctx: CallContext): WorkerCallContext {
  return {
    transport: ctx.transport,
    pick: ctx.pickPath !== undefined,
    ...(ctx.keychain ? { keychain: { available: ctx.keychain.available(), has: ctx.keychain.has() } } : {}),
  };
}

interface Pending {
  resolve: (result: CallResult<unknown>) => void;
  ctx: CallContext;
}

/** One running worker with its workspace open. */
class WorkerSession {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closing: Promise<void> | null = null;
  readonly exited: Promise<void>;
  private dead = false;

  private constructor(
    private readonly worker: Worker,
    onExit: (err: unknown) => void,
  ) {
    let error: unknown = null;
    worker.on('error', (err) => (error = err));
    this.exited = new Promise((resolve) => {
      worker.once('exit', (code) => {
        this.dead = true;
        for (const p of this.pending.values()) p.resolve({ ok: false, error: { code: 'INTERNAL', message: WORKER_STOPPED_MESSAGE } });
        this.pending.clear();
        if (!this.closing) onExit(error ?? new Error(`the database thread exited with code ${code}`));
        resolve();
      });
    });
    worker.on('message', (message: FromWorker) => this.onMessage(message));
  }

  /** Starts the worker and opens the workspace in it; rejects with the error opening failed with. */
  static start(workerPath: string, root: string, options: WorkerOpenOptions, onExit: (err: unknown) => void): Promise<WorkerSession> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(workerPath);
      } catch (err) {
        reject(err);
        return;
      }
      let startError: unknown = null;
      const onError = (err: unknown) => (startError = err);
      const onExitEarly = (code: number) => {
        cleanup();
        reject(startError ?? new Error(`the database thread exited with code ${code} while opening the workspace`));
      };
      const onMessage = (message: FromWorker) => {
        if (message.type === 'opened') {
          cleanup();
          resolve(new WorkerSession(worker, onExit));
        } else if (message.type === 'openFailed') {
          cleanup();
          worker.on('error', () => undefined); // it is being ended: a late error must not go unhandled
          void worker.terminate();
          reject(uncross(message.error));
        }
      };
      const cleanup = () => {
        worker.off('error', onError);
        worker.off('exit', onExitEarly);
        worker.off('message', onMessage);
      };
      worker.on('error', onError);
      worker.once('exit', onExitEarly);
      worker.on('message', onMessage);
      worker.postMessage({ type: 'open', root, options } satisfies ToWorker);
    });
  }

  call(method: string, input: unknown, ctx: CallContext): Promise<CallResult<unknown>> {
    if (this.dead) return Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: WORKER_STOPPED_MESSAGE } });
    if (this.closing) return Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: CLOSED_MESSAGE } });
    const id = ++this.nextId;
    return new Promise((resolve) => {
      try {
        this.worker.postMessage({ type: 'call', id, method, input, ctx: flagsOf(ctx) } satisfies ToWorker);
      } catch {
        // Not cloneable (a function, a symbol): no transport delivers such input.
        resolve({ ok: false, error: { code: 'VALIDATION', message: '输入无效，请检查填写的内容' } });
        return;
      }
      this.pending.set(id, { resolve, ctx });
    });
  }

  private onMessage(message: FromWorker): void {
    if (message.type === 'result') {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      p?.resolve(message.result);
    } else if (message.type === 'ask') {
      const ctx = this.pending.get(message.callId)?.ctx;
      void this.answer(ctx, message.op, message.arg).then(
        (value) => this.post({ type: 'answer', askId: message.askId, ok: true, value }),
        () => this.post({ type: 'answer', askId: message.askId, ok: false }),
      );
    }
  }

  private async answer(ctx: CallContext | undefined, op: AskOp, arg: unknown): Promise<unknown> {
    if (op === 'pickPath' && ctx?.pickPath) return ctx.pickPath(arg as Parameters<NonNullable<CallContext['pickPath']>>[0]);
    if (op === 'keychain.load' && ctx?.keychain) return ctx.keychain.load();
    if (op === 'keychain.save' && ctx?.keychain && typeof arg === 'string') return ctx.keychain.save(arg);
    throw new Error(`this call may not ${op}`);
  }

  private post(message: ToWorker): void {
    if (!this.dead) this.worker.postMessage(message);
  }

  /** Waits for the calls already sent and the workspace's close (pending saves, the last checkpoint), then ends the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.dead) return;
      const closed = new Promise<CrossedError | undefined>((resolve) => {
        const onMessage = (message: FromWorker) => {
          if (message.type !== 'closed') return;
          this.worker.off('message', onMessage);
          resolve(message.error);
        };
        this.worker.on('message', onMessage);
        void this.exited.then(() => resolve(undefined));
      });
      this.worker.postMessage({ type: 'close' } satisfies ToWorker);
      const error = await closed;
      await this.worker.terminate();
      if (error) throw uncross(error);
    })();
    return this.closing;
  }

  /** The thread's id while it runs, -1 once it has stopped (Node's worker.threadId). */
  get threadId(): number {
    return this.worker.threadId;
  }

  /** Ends the thread at once, as a crash would: no saves are waited for (the log keeps what was acknowledged). */
  async terminate(): Promise<void> {
    await this.worker.terminate();
    await this.exited;
  }
}

/**
 * The workspace served from a worker thread, with the same `dispatch` every transport calls. When the worker
 * dies, every call in flight is answered with an error (never left hanging) and the next call opens the
 * workspace again in a fresh worker.
 */
export class WorkerApiHost {
  private current: Promise<WorkerSession> | null;
  private latest: WorkerSession;
  private closed = false;

  private constructor(
    private readonly root: string,
    private readonly options: WorkerApiHostOptions,
    first: WorkerSession,
  ) {
    this.current = Promise.resolve(first);
    this.latest = first;
  }

  static async open(root: string, options: WorkerApiHostOptions = {}): Promise<WorkerApiHost> {
    let host: WorkerApiHost | undefined;
    const first = await WorkerSession.start(workerPathOf(options), root, openOptionsOf(options), (err) => host?.lost(err));
    host = new WorkerApiHost(root, options, first);
    return host;
  }

  private lost(err: unknown): void {
    this.options.onCrash?.(err);
    this.current = null;
  }

  private session(): Promise<WorkerSession> {
    this.current ??= WorkerSession.start(workerPathOf(this.options), this.root, openOptionsOf(this.options), (err) => this.lost(err)).then((session) => {
      this.latest = session;
      return session;
    });
    const started = this.current;
    started.catch(() => {
      if (this.current === started) this.current = null; // the next call tries again
    });
    return started;
  }

  readonly dispatch: Dispatch = async (method, input, ctx = { transport: 'http' }) => {
    if (this.closed) return { ok: false, error: { code: 'INTERNAL', message: CLOSED_MESSAGE } };
    let session: WorkerSession;
    try {
      session = await this.session();
    } catch (err) {
      return envelope(err);
    }
    return session.call(method, input, ctx);
  };

  async close(): Promise<void> {
    this.closed = true;
    const current = this.current;
    this.current = null;
    if (!current) return;
    const session = await current.catch(() => null);
    await session?.close();
  }

  /** The database thread's id, -1 when none is running (after close, or after a crash until the next call). */
  get threadId(): number {
    return this.latest.threadId;
  }

  /** Ends the worker at once, as a crash would (tests of what follows one). */
  async terminate(): Promise<void> {
    const session = await this.current?.catch(() => null);
    await session?.terminate();
  }
}

function workerPathOf(options: WorkerApiHostOptions): string {
  return options.workerPath ?? path.join(__dirname, 'apiWorker.cjs');
}

function openOptionsOf(options: WorkerApiHostOptions): WorkerOpenOptions {
  const { actor, keepBackups, wasmPath, checkpoint } = options;
  return {
    ...(actor !== undefined ? { actor } : {}),
    ...(keepBackups !== undefined ? { keepBackups } : {}),
    ...(wasmPath !== undefined ? { wasmPath } : {}),
    ...(checkpoint !== undefined ? { checkpoint } : {}),
  };
}

/** Opens `root` in a new database thread; rejects as openApiHost would (the same ApiError for a locked or unreadable folder). */
export function openWorkerApiHost(root: string, options: WorkerApiHostOptions = {}): Promise<WorkerApiHost> {
  return WorkerApiHost.open(root, options);
}
