import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { startHttpHost, type HttpHost } from '../../../electron/transports/httpHost';
import { SAMPLE_UNIT, USCC_BAD_CHECK } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, setHost: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('browser host', () => {
  const ws = tempWorkspace();
  const rendererDir = path.join(ws.dir, 'renderer');
  let api: ApiHost;
  let host: HttpHost;
  const hostHeader = () => `127.0.0.1:${host.port}`;
  const call = (method: string, input: unknown, headers: Record<string, string> = {}) =>
    request(host.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { Host: hostHeader(), 'Content-Type': 'application/json', 'x-beian-token': host.token, ...headers },
      body: JSON.stringify(input),
    });

  beforeAll(async () => {
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<meta name="csp-nonce" content="__CSP_NONCE__"><div id="root"></div>');
    writeFileSync(path.join(ws.dir, 'secret.txt'), 'outside the renderer');
    api = await openApiHost(path.join(ws.dir, 'workspace'));
    host = await startHttpHost({ rendererDir, dispatch: api.dispatch });
  });
  afterAll(async () => {
    await host.close();
    await api.close();
    ws.remove();
  });

  it('prints a 127.0.0.1 URL carrying a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32}$/);
  });

  it('serves the renderer with a fresh CSP nonce on every load', async () => {
    const a = await request(host.port, { path: '/', headers: { Host: hostHeader() } });
    const b = await request(host.port, { path: '/', headers: { Host: hostHeader() } });
    expect(a.status).toBe(200);
    const nonceA = /content="([^"]+)"/.exec(a.body)?.[1];
    const nonceB = /content="([^"]+)"/.exec(b.body)?.[1];
    expect(nonceA).toBeTruthy();
    expect(nonceA).not.toBe('__CSP_NONCE__');
    expect(nonceA).not.toBe(nonceB);
    expect(a.headers['content-security-policy']).toContain(`'nonce-${nonceA}'`);
    expect(a.headers['content-security-policy']).toContain("script-src 'self'");
    expect(a.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('answers API calls that carry the token', async () => {
    const r = await call('unit.get', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, result: null });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const none = await request(host.port, { method: 'POST', path: '/api/unit.get', headers: { Host: hostHeader() }, body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toContain('令牌');
    const last = host.token.slice(-1);
    const wrong = await call('unit.get', {}, { 'x-beian-token': `${host.token.slice(0, -1)}${last === 'A' ? 'B' : 'A'}` });
    expect(wrong.status).toBe(401);
    const saved = await call('unit.save', SAMPLE_UNIT, { 'x-beian-token': 'nope' });
    expect(saved.status).toBe(401);
    expect(JSON.parse((await call('unit.get', {})).body).result).toBeNull();
  });

  it('refuses a foreign Host header even with the right token (DNS rebinding)', async () => {
    for (const hostName of [`evil.example:${host.port}`, 'evil.example', `127.0.0.1:${host.port + 1}`, `127.0.0.1.evil.example:${host.port}`]) {
      const r = await call('unit.get', {}, { Host: hostName });
      expect(r.status, hostName).toBe(403);
      const page = await request(host.port, { path: '/', headers: { Host: hostName } });
      expect(page.status, hostName).toBe(403);
    }
    // Without any Host header Node's HTTP parser itself answers 400 before our handler runs.
    const missing = await request(host.port, { path: '/' });
    expect([400, 403]).toContain(missing.status);
  });

  it('refuses a foreign Origin even with the right token, accepts its own', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', `https://127.0.0.1:${host.port}`]) {
      const r = await call('unit.get', {}, { Origin: origin });
      expect(r.status, origin).toBe(403);
    }
    const own = await call('unit.get', {}, { Origin: `http://127.0.0.1:${host.port}` });
    expect(own.status).toBe(200);
    const localhost = await call('unit.get', {}, { Origin: `http://localhost:${host.port}`, Host: `localhost:${host.port}` });
    expect(localhost.status).toBe(200);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/assets/../../secret.txt', '/%00']) {
      const r = await request(host.port, { path: p, headers: { Host: hostHeader() } });
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('outside the renderer');
    }
  });

  it('validates input with the contract and names the field in Chinese', async () => {
    const r = await call('unit.save', { ...SAMPLE_UNIT, creditCode: USCC_BAD_CHECK });
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.field).toBe('creditCode');
    expect(body.error.message).toContain('统一社会信用代码');
    expect(body.error.message).toContain('校验位');
  });

  it('answers malformed requests with a clear message', async () => {
    const badJson = await request(host.port, {
      method: 'POST',
      path: '/api/unit.save',
      headers: { Host: hostHeader(), 'x-beian-token': host.token },
      body: '{"name": ',
    });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toContain('JSON');
    const get = await request(host.port, { path: '/api/unit.get', headers: { Host: hostHeader(), 'x-beian-token': host.token } });
    expect(get.status).toBe(405);
    const unknown = JSON.parse((await call('unit.explode', {})).body);
    expect(unknown.error.code).toBe('UNKNOWN_METHOD');
  });

  it('saves through the API and keeps the normalized value', async () => {
    const r = JSON.parse((await call('unit.save', { ...SAMPLE_UNIT, creditCode: SAMPLE_UNIT.creditCode.toLowerCase() })).body);
    expect(r.ok).toBe(true);
    expect(r.result.creditCode).toBe(SAMPLE_UNIT.creditCode);
    const back = JSON.parse((await call('unit.get', {})).body);
    expect(back.result.name).toBe(SAMPLE_UNIT.name);
  });

  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  it.skipIf(!external)('listens on the loopback interface only (tried on this machine\'s other address)', async () => {
    const refused = await new Promise<string>((resolve) => {
      const req = http.request({ host: external!.address, port: host.port, path: '/', timeout: 2000 }, () => resolve('connected'));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      req.on('timeout', () => {
        req.destroy();
        resolve('timeout');
      });
      req.end();
    });
    expect(refused).not.toBe('connected');
  });
});
