import type { BeianBridge, MethodName } from '../../shared/api/contract';
import type { ApiErrorShape, CallResult } from '../../shared/api/errors';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER, METHOD_NAMES } from '../../shared/api/methodNames';

/**
 * The browser host's transport: the same methods as the Electron preload, carried over HTTP on
 * 127.0.0.1. The host hands out a per-run token in the URL (`#token=…`); it is kept in sessionStorage
 * so that a reload of the page keeps working.
 */

const TOKEN_KEY = 'beian.token';

export const NETWORK_ERROR_MESSAGE = '无法连接到备案台服务，请确认程序仍在运行';
export const AUTH_ERROR_MESSAGE = '备案台服务拒绝了访问：访问令牌缺失或已过期。请从备案台程序重新打开此页面';

function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.trim() !== '' ? token.trim() : null;
}

function safeSession(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The token from the address (preferred: a restarted host hands out a new one), else the remembered one. */
export function currentToken(): string | null {
  const fromHash = tokenFromHash(window.location.hash);
  const storage = safeSession();
  if (fromHash) {
    storage?.setItem(TOKEN_KEY, fromHash);
    return fromHash;
  }
  return storage?.getItem(TOKEN_KEY) ?? null;
}

const failure = (message: string, code: ApiErrorShape['code'] = 'INTERNAL'): CallResult<never> => ({
  ok: false,
  error: { code, message },
});

function isEnvelope(body: unknown): body is CallResult<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const b = body as { ok: unknown; error?: unknown };
  if (b.ok === true) return 'result' in b;
  if (b.ok === false) {
    const e = b.error as { code?: unknown; message?: unknown } | undefined;
    return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string';
  }
  return false;
}

async function call(method: MethodName, input: unknown): Promise<CallResult<unknown>> {
  const token = currentToken();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers[HTTP_TOKEN_HEADER] = token;
  let response: Response;
  try {
    response = await fetch(`${HTTP_API_PREFIX}${method}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return failure(NETWORK_ERROR_MESSAGE);
  }
  if (response.status === 401 || response.status === 403) return failure(AUTH_ERROR_MESSAGE);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure(`备案台服务返回了无法识别的应答（HTTP ${response.status}）`);
  }
  if (isEnvelope(body)) return body;
  return failure(`备案台服务返回了无法识别的应答（HTTP ${response.status}）`);
}

export function createHttpBridge(): BeianBridge {
  const bridge: Record<string, (input: unknown) => Promise<CallResult<unknown>>> = {};
  for (const method of METHOD_NAMES) bridge[method] = (input) => call(method, input);
  return bridge as unknown as BeianBridge;
}
