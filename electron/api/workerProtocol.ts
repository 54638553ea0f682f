// The messages between the main thread (workerHost.ts) and the database thread (workerServe.ts). Everything
// here crosses by structured clone, so a CallContext's functions become flags, and the thread asks the main
// side to run them (a dialog, the OS keychain) with an `ask` message.
import type { ApiErrorShape, CallResult } from '../../shared/api/errors';
import type { CallContext } from './handlers';
import type { OpenOptions } from '../storage/types';

/** The open options that can cross to the thread (no functions: an injected clock or onSaved stays in-process). */
export type WorkerOpenOptions = Pick<OpenOptions, 'actor' | 'keepBackups' | 'wasmPath' | 'checkpoint'>;

/** A CallContext as flags: which of the main side's capabilities this call may ask for. */
export interface WorkerCallContext {
  transport: CallContext['transport'];
  pick: boolean;
  keychain?: { available: boolean; has: boolean };
}

export type AskOp = 'pickPath' | 'keychain.load' | 'keychain.save';

/** An error as it crosses: an ApiError keeps its envelope; anything else only its name, code and stack frames. */
export interface CrossedError {
  api?: ApiErrorShape;
  name: string;
  code?: string;
  stack?: string;
}

export type ToWorker =
  | { type: 'open'; root: string; options: WorkerOpenOptions }
  | { type: 'call'; id: number; method: string; input: unknown; ctx: WorkerCallContext }
  | { type: 'answer'; askId: number; ok: true; value: unknown }
  | { type: 'answer'; askId: number; ok: false }
  | { type: 'close' };

export type FromWorker =
  | { type: 'opened' }
  | { type: 'openFailed'; error: CrossedError }
  | { type: 'result'; id: number; result: CallResult<unknown> }
  | { type: 'ask'; askId: number; callId: number; op: AskOp; arg?: unknown }
  | { type: 'closed'; error?: CrossedError };
