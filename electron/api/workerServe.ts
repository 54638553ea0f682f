// The database thread's side of the worker host: opens the workspace when asked, runs every call through the
// dispatch it got from `open`, and asks the main thread for what only it has (dialogs, the OS keychain).
import type { MessagePort } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import type { Dispatch } from './dispatch';
import type { CallContext } from './handlers';
import type { AskOp, CrossedError, FromWorker, ToWorker, WorkerCallContext, WorkerOpenOptions } from './workerProtocol';

/** How long a close waits for calls already running before it closes the workspace under them. */
const CLOSE_WAIT_MS = 5_000;

export interface ServedHost {
  dispatch: Dispatch;
  close(): Promise<void>;
}

export function crossError(err: unknown): CrossedError {
  if (err instanceof ApiError) return { api: err.toJSON(), name: err.name };
  const e = err as Partial<NodeJS.ErrnoException> | undefined;
  return {
    name: err instanceof Error ? err.name : typeof err,
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    // Frames only: the first line is the message, which may quote a path or a value.
    ...(err instanceof Error && err.stack ? { stack: err.stack.split('\n').slice(1, 8).join('\n') } : {}),
  };
}

/** Serves one workspace over `port` (the worker's parentPort) until `close`; then the thread may end. */
export function serveInWorker(port: MessagePort, open: (root: string, options: WorkerOpenOptions) => Promise<ServedHost>): void {
  let host: ServedHost | null = null;
  const running = new Set<Promise<unknown>>();
  const asks = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  let nextAsk = 0;
  const post = (message: FromWorker) => port.postMessage(message);

  const ask = (callId: number, op: AskOp, arg?: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const askId = ++nextAsk;
      asks.set(askId, { resolve, reject });
      post({ type: 'ask', askId, callId, op, ...(arg === undefined ? {} : { arg }) });
    });

  const contextOf = (callId: number, flags: WorkerCallContext): CallContext => {
    const ctx: CallContext = { transport: flags.transport };
    if (flags.pick) ctx.pickPath = (opts) => ask(callId, 'pickPath', opts) as Promise<string | null>;
    if (flags.keychain) {
      let has = flags.keychain.has;
      const available = flags.keychain.available;
      ctx.keychain = {
        available: () => available,
        has: () => has,
        load: () => ask(callId, 'keychain.load') as Promise<string | null>,
        save: async (passphrase) => {
          await ask(callId, 'keychain.save', passphrase);
          has = true;
        },
      };
    }
    return ctx;
  };

  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'open':
        open(message.root, message.options).then(
          (opened) => {
            host = opened;
            post({ type: 'opened' });
          },
          (err: unknown) => post({ type: 'openFailed', error: crossError(err) }),
        );
        return;
      case 'call': {
        const { id } = message;
        if (!host) {
          post({ type: 'result', id, result: { ok: false, error: { code: 'INTERNAL', message: '工作目录尚未打开，请稍后重试' } } });
          return;
        }
        const done = host.dispatch(message.method, message.input, contextOf(id, message.ctx)).then((result) => post({ type: 'result', id, result }));
        running.add(done);
        void done.finally(() => running.delete(done));
        return;
      }
      case 'answer': {
        const pending = asks.get(message.askId);
        asks.delete(message.askId);
        if (!pending) return;
        if (message.ok) pending.resolve(message.value);
        else pending.reject(new Error('the main thread could not do what was asked'));
        return;
      }
      case 'close':
        // Calls already sent finish first (their saves included; a call stuck on a dialog is not waited for
        // long), then the workspace closes, waiting for every pending save.
        void Promise.race([Promise.allSettled([...running]), new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())])
          .then(() => host?.close())
          .then(
            () => post({ type: 'closed' }),
            (err: unknown) => post({ type: 'closed', error: crossError(err) }),
          );
        return;
    }
  });
}
