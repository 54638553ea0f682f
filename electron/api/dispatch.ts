import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
import { ApiError, type CallResult } from '../../shared/api/errors';
import { chineseIssue, validationError } from './zodError';
import type { CallContext, Handlers } from './handlers';

export type Dispatch = (method: string, input: unknown, ctx?: CallContext) => Promise<CallResult<unknown>>;

/**
 * The single entry point every transport calls: validates the input against the contract, runs the
 * handler, checks its output, and turns every failure into a `{ ok: false, error }` envelope whose
 * message is safe to show (no stack, no personal data).
 */
export function createDispatch(handlers: Handlers, onInternalError: (method: string, err: unknown) => void = () => {}): Dispatch {
  const internal = (method: string, err: unknown): CallResult<unknown> => {
    onInternalError(method, err);
    return { ok: false, error: { code: 'INTERNAL', message: '内部错误，操作未完成；请重试，若仍失败请联系技术支持' } };
  };
  // A caller that names no transport is trusted least: like the browser host, no path unless a picker chose it.
  return async (method, input, ctx = { transport: 'http' }) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `没有这个方法：${String(method).slice(0, 80)}` } };
    }
    const def = contract[method as MethodName];
    const labels = 'labels' in def ? def.labels : undefined;
    let parsed;
    try {
      parsed = def.input.safeParse(input ?? {}, { error: chineseIssue, reportInput: true });
    } catch (err) {
      // A refinement that throws on input an earlier check already refused: still the caller's input.
      if (err instanceof ApiError) return { ok: false, error: err.toJSON() };
      onInternalError(method, err);
      return { ok: false, error: { code: 'VALIDATION', message: '输入无效，请检查填写的内容' } };
    }
    if (!parsed.success) return { ok: false, error: validationError(parsed.error, labels).toJSON() };
    try {
      const handler = handlers[method] as (i: unknown, c: CallContext) => unknown;
      const result = await handler(parsed.data, ctx);
      const checked = def.output.safeParse(result);
      if (!checked.success) return internal(method, new Error(`output of ${method} does not match the contract: ${checked.error.issues[0]?.path.join('.')}`));
      return { ok: true, result: checked.data };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toJSON() };
      return internal(method, err);
    }
  };
}
