import type { BeianApi, BeianBridge, MethodName } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { METHOD_NAMES } from '../../shared/api/methodNames';
import { createHttpBridge } from './httpBridge';

let httpBridge: BeianBridge | undefined;

/** Electron's preload bridge when present, otherwise the browser host's HTTP bridge. */
function bridge(): BeianBridge {
  if (window.beian) return window.beian;
  httpBridge ??= createHttpBridge();
  return httpBridge;
}

/**
 * The renderer's API: one async function per contract method. Envelopes are unwrapped; a failure
 * is thrown as an ApiError carrying the code, the Chinese message and (for validation) the field.
 */
export const api: BeianApi = Object.fromEntries(
  METHOD_NAMES.map((method: MethodName) => [
    method,
    async (input: unknown) => {
      let result;
      try {
        result = await (bridge()[method] as (i: unknown) => ReturnType<BeianBridge[MethodName]>)(input);
      } catch {
        throw new ApiError('INTERNAL', '无法连接到备案台服务，请确认程序仍在运行');
      }
      if (result.ok) return result.result;
      throw new ApiError(result.error.code, result.error.message, result.error.field);
    },
  ]),
) as unknown as BeianApi;

/** A message safe to show for anything a call may throw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return '操作未完成，发生了意外错误；请重试';
}
