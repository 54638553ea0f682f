import { MAX_IMPORT_BYTES } from '../../shared/records/customerImport';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_API_PREFIX, HTTP_TOKEN_HEADER } from '../../shared/api/methodNames';
import type { CallResult } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';
import { contentSecurityPolicy, newNonce, withNonce } from '../security/csp';
import { mimeType, resolveStaticPath } from './staticFiles';

export interface HttpHostOptions {
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  dispatch: Dispatch;
  /** 0 or absent: any free port. */
  port?: number;
  /** For tests only; normally a fresh random token per run. */
  token?: string;
  /** Largest accepted request body. */
  maxBodyBytes?: number;
  /** Request bodies read at the same time; more are refused with 503 until one finishes. */
  maxConcurrentBodies?: number;
  /** A body whose bytes stop arriving for this long is cut (ms). */
  bodyIdleMs?: number;
}

export interface HttpHost {
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  const result: CallResult<never> = { ok: false, error: { code: 'VALIDATION', message } };
  sendJson(res, status, result);
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The body, or why it was cut: the request is destroyed as soon as it passes `limit` (nothing more is read)
 * or when its bytes stop arriving for `idleMs`.
 */
function readBody(req: http.IncomingMessage, limit: number, idleMs: number): Promise<Buffer | 'too-large' | 'too-slow'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return resolve('too-large');
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => finish('too-slow'), idleMs);
    const finish = (result: Buffer | 'too-large' | 'too-slow' | Error) => {
      clearTimeout(timer);
      req.off('data', onData);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish('too-large');
      chunks.push(chunk);
      timer.refresh();
    };
    req.on('data', onData);
    req.once('end', () => finish(Buffer.concat(chunks)));
    req.once('error', (err) => finish(err));
  });
}

/**
 * Sends the refusal and closes the connection; the rest of an oversized or stalled body is never read. The
 * socket is ended first (the refusal reaches the client) and destroyed a moment later.
 */
function refuseAndClose(res: http.ServerResponse, status: number, message: string): void {
  res.req.pause();
  res.setHeader('Connection', 'close');
  refuse(res, status, message);
  res.once('finish', () => {
    res.req.socket.end();
    setTimeout(() => res.req.socket.destroy(), 1000).unref();
  });
}

/**
 * The browser host: the built renderer and the contract's handlers over HTTP, on 127.0.0.1 only.
 * Every request must name this host in Host (DNS-rebinding defence) and, when it carries an Origin,
 * come from this origin; API calls must also carry the per-run token.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  // The largest call is a customer sheet (MAX_IMPORT_BYTES) sent as Base64 inside JSON: 4/3 of it, plus room.
  const maxBody = options.maxBodyBytes ?? Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024 * 1024;
  const maxBodies = options.maxConcurrentBodies ?? 4;
  const bodyIdleMs = options.bodyIdleMs ?? 20_000;
  let bodiesReading = 0;
  let port = 0;

  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, '内部错误');
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (!allowedHosts().includes(host)) return refuse(res, 403, '拒绝访问：请求的主机名不是本机服务');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) return refuse(res, 403, '拒绝访问：请求来自其他网站');

    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith(HTTP_API_PREFIX)) {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return refuse(res, 405, '接口只接受 POST 请求');
      }
      const given = req.headers[HTTP_TOKEN_HEADER];
      if (typeof given !== 'string' || !tokensEqual(given, token)) {
        return refuse(res, 401, '拒绝访问：缺少或错误的访问令牌，请使用启动时打印的完整地址打开');
      }
      if (bodiesReading >= maxBodies) return refuseAndClose(res, 503, '同时进行的请求过多，请稍后重试');
      bodiesReading++;
      let body: Awaited<ReturnType<typeof readBody>>;
      try {
        body = await readBody(req, maxBody, bodyIdleMs);
      } finally {
        bodiesReading--;
      }
      if (body === 'too-large') return refuseAndClose(res, 413, `请求过大（超过 ${Math.round(maxBody / 1024 / 1024)} MB）`);
      if (body === 'too-slow') return refuseAndClose(res, 408, `请求内容在 ${Math.round(bodyIdleMs / 1000)} 秒内没有传完，已断开`);
      let input: unknown = {};
      if (body.length > 0) {
        try {
          input = JSON.parse(body.toString('utf8'));
        } catch {
          return refuse(res, 400, '请求内容不是有效的 JSON');
        }
      }
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice(HTTP_API_PREFIX.length));
      } catch {
        return refuse(res, 400, '接口名称中有无效的 % 转义');
      }
      return sendJson(res, 200, await options.dispatch(method, input, { transport: 'http' }));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '只允许 GET');
    const file = resolveStaticPath(options.rendererDir, url.pathname);
    if (!file) return refuse(res, 404, '找不到');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return refuse(res, 404, '找不到');
    }
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': mimeType(file) };
    if (file.endsWith('.html')) {
      const nonce = newNonce();
      content = Buffer.from(withNonce(content.toString('utf8'), nonce));
      headers['Content-Security-Policy'] = contentSecurityPolicy(nonce);
      headers['Cache-Control'] = 'no-store';
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  // Node's own limits are minutes long: a slow client holds a connection for tens of seconds at most.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
