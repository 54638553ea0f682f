import { type CallResult } from '../../shared/api/errors';
import type { Handlers } from './handlers';
export type Dispatch = (method: string, input: unknown) => Promise<CallResult<unknown>>;
/**
 * The single entry point every transport calls: validates the input against the contract, runs the
 * handler, checks its output, and turns every failure into a `{ ok: false, error }` envelope whose
 * message is safe to show (no stack, no personal data).
 */
export declare function createDispatch(handlers: Handlers, onInternalError?: (method: string, err: unknown) => void): Dispatch;
