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

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
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
      const body = await readBody(req, maxBody);
      if (body === 'too-large') return refuse(res, 413, `请求过大（超过 ${Math.round(maxBody / 1024 / 1024)} MB）`);
      let input: unknown = {};
      if (body.length > 0) {
        try {
          input = JSON.parse(body.toString('utf8'));
        } catch {
          return refuse(res, 400, '请求内容不是有效的 JSON');
        }
      }
      const method = decodeURIComponent(url.pathname.slice(HTTP_API_PREFIX.length));
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
