import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
import { ApiError, type CallResult } from '../../shared/api/errors';
import { validationError } from './zodError';
import type { CallContext, Handlers } from './handlers';

export type Dispatch = (method: string, input: unknown, ctx?: CallContext) => Promise<CallResult<unknown>>;

/**
 * The single entry point every transport calls: validates the input against the contract, runs the
 * handler, checks its output, and turns every failure into a `{ ok: false, error }` envelope whose
 * message is safe to show (no stack, no personal data).
 */
export function createDispatch(handlers: Handlers, onInternalError: (method: string, err: unknown) => void = () => {}): Dispatch {
  // A caller that names no transport is trusted least: like the browser host, no path unless a picker chose it.
  return async (method, input, ctx = { transport: 'http' }) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `没有这个方法：${String(method).slice(0, 80)}` } };
    }
    const def = contract[method as MethodName];
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: validationError(parsed.error, 'labels' in def ? def.labels : undefined).toJSON() };
    }
    try {
      const handler = handlers[method] as (i: unknown, c: CallContext) => unknown;
      const result = await handler(parsed.data, ctx);
      const checked = def.output.safeParse(result);
      if (!checked.success) throw new Error(`output of ${method} does not match the contract: ${checked.error.issues[0]?.path.join('.')}`);
      return { ok: true, result: checked.data };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toJSON() };
      onInternalError(method, err);
      return { ok: false, error: { code: 'INTERNAL', message: '内部错误，操作未完成；请重试，若仍失败请联系技术支持' } };
    }
  };
}
