import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { startHttpHost, type HttpHost } from '../../../electron/transports/httpHost';
import { tempWorkspace } from '../../support/tempWorkspace';

const LIMIT = 1024 * 1024;

/** A raw connection: the test decides how fast and how much of the body goes out. */
function connect(host: HttpHost, method: string, headers: Record<string, string>) {
  const socket = net.connect(host.port, '127.0.0.1');
  let reply = '';
  const replied = new Promise<string>((resolve) => {
    socket.on('data', (d) => {
      reply += d.toString('utf8');
      if (reply.includes('\r\n\r\n')) resolve(reply);
    });
    socket.on('close', () => resolve(reply));
  });
  socket.on('error', () => undefined);
  const head = [`POST /api/${method} HTTP/1.1`, `Host: 127.0.0.1:${host.port}`, `x-beian-token: ${host.token}`, 'Content-Type: application/json', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  socket.write(`${head.join('\r\n')}\r\n\r\n`);
  return { socket, replied, status: async () => Number(/^HTTP\/1\.1 (\d+)/.exec(await replied)?.[1]) };
}

describe('the browser host bounds request bodies', () => {
  const ws = tempWorkspace();
  let api: ApiHost;
  let host: HttpHost;

  beforeAll(async () => {
    const rendererDir = path.join(ws.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<div id="root"></div>');
    api = await openApiHost(path.join(ws.dir, 'workspace'));
    host = await startHttpHost({ rendererDir, dispatch: api.dispatch, maxBodyBytes: LIMIT, maxConcurrentBodies: 2, bodyIdleMs: 500 });
  });
  afterAll(async () => {
    await host.close();
    await api.close();
    ws.remove();
  });

  it('cuts a body as soon as it passes the limit (chunked, no length given), without reading the rest', async () => {
    const c = connect(host, 'unit.get', { 'Transfer-Encoding': 'chunked' });
    const block = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    let answered = false;
    void c.replied.then(() => (answered = true));
    while (!answered && !c.socket.destroyed && sent < 200 * 1024 * 1024) {
      const ok = c.socket.write(Buffer.concat([Buffer.from(`${block.length.toString(16)}\r\n`), block, Buffer.from('\r\n')]));
      sent += block.length;
      if (!ok) await new Promise((r) => setTimeout(r, 5));
    }
    expect(await c.status()).toBe(413);
    expect(sent).toBeLessThan(40 * LIMIT);
    c.socket.destroy();
  });

  it('refuses a declared Content-Length over the limit before reading anything', async () => {
    const c = connect(host, 'unit.get', { 'Content-Length': String(200 * 1024 * 1024) });
    expect(await c.status()).toBe(413);
    c.socket.destroy();
  });

  it('times out a body whose bytes stop arriving', async () => {
    const c = connect(host, 'unit.get', { 'Content-Length': '100' });
    c.socket.write('{"a":');
    expect(await c.status()).toBe(408);
    expect(await c.replied).toContain('秒内没有传完');
    c.socket.destroy();
  });

  it('caps the bodies read at once', async () => {
    const slow = [connect(host, 'unit.get', { 'Content-Length': '100' }), connect(host, 'unit.get', { 'Content-Length': '100' })];
    for (const s of slow) s.socket.write('{');
    await new Promise((r) => setTimeout(r, 100));
    const third = connect(host, 'unit.get', { 'Content-Length': '2' });
    third.socket.write('{}');
    expect(await third.status()).toBe(503);
    for (const s of slow) s.socket.destroy();
    third.socket.destroy();
  });

  it('a malformed percent-escape in a method name is a 400', async () => {
    const c = connect(host, '%E0%A4%A', { 'Content-Length': '2' });
    c.socket.write('{}');
    expect(await c.status()).toBe(400);
    expect(await c.replied).toContain('无效的 % 转义');
    c.socket.destroy();
  });
});
