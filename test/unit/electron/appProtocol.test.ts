import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isAppUrl,
  isSafeExternalUrl,
  mimeTypeFor,
  resolveAppPath,
  serveAppRequest,
} from '../../../electron/appProtocol';

describe('resolveAppPath', () => {
  const root = '/srv/app/dist/renderer';

  it('maps app://beian/ paths inside the root', () => {
    expect(resolveAppPath(root, 'app://beian/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://beian/index.html')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://beian/assets/index-abc.js')).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppPath(root, 'app://beian/assets/%E5%A4%87%E6%A1%88.png')).toBe(`${root}/assets/备案.png`);
    expect(resolveAppPath(root, 'app://beian/a/b/../c.js?x=1#y')).toBe(`${root}/a/c.js`);
  });

  it('never resolves outside the root', () => {
    // The URL parser already folds plain and %2e-encoded dot segments (they land inside the root);
    // what survives it (%2f, %5c, NUL, bad escapes) is caught after decoding.
    const attempts = [
      'app://beian/../../etc/passwd',
      'app://beian/%2e%2e/%2e%2e/etc/passwd',
      'app://beian/..%2f..%2fetc%2fpasswd',
      'app://beian/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://beian/%2e%2e%2fsecret',
      'app://beian/..%2f',
      'app://beian/..%5c..%5csecret',
      'app://beian/%2fetc%2fpasswd/..%2f..%2f..%2f..%2f..%2fetc',
      'app://beian/index.html%00.js',
      'app://beian/%E0%A4%A',
    ];
    for (const url of attempts) {
      const p = resolveAppPath(root, url);
      expect(p === null || p.startsWith(`${root}/`), `${url} -> ${p}`).toBe(true);
    }
  });

  it('refuses decoded separators that climb out, NUL bytes and malformed escapes', () => {
    for (const url of [
      'app://beian/..%2f..%2fetc%2fpasswd',
      'app://beian/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://beian/%2e%2e%2fsecret',
      'app://beian/..%2f',
      'app://beian/index.html%00.js',
      'app://beian/%E0%A4%A',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
    expect(resolveAppPath(root, 'app://beian/../../etc/passwd')).toBe(`${root}/etc/passwd`);
  });

  it('refuses Windows-style escapes under Windows path semantics', () => {
    const winRoot = 'C:\\Program Files\\备案台\\resources\\app.asar\\dist\\renderer';
    const win = path.win32;
    expect(resolveAppPath(winRoot, 'app://beian/assets/a.js', win)).toBe(`${winRoot}\\assets\\a.js`);
    for (const url of [
      'app://beian/..%5c..%5c..%5cWindows%5cwin.ini',
      'app://beian/assets%5c..%5c..%5c..%5csecret',
      'app://beian/..\\..\\secret',
    ]) {
      expect(resolveAppPath(winRoot, url, win), url).toBeNull();
    }
    // A drive or UNC path in the URL stays a (nonexistent) name inside the root.
    for (const url of ['app://beian/C:%5cWindows%5cwin.ini', 'app://beian/%5c%5cserver%5cshare']) {
      const p = resolveAppPath(winRoot, url, win);
      expect(p === null || p.startsWith(`${winRoot}\\`), url).toBe(true);
    }
  });

  it('serves only its own scheme and host', () => {
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'https://beian/index.html')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });
});

describe('isAppUrl / isSafeExternalUrl', () => {
  it('recognises the app origin by scheme and host', () => {
    expect(isAppUrl('app://beian/index.html')).toBe(true);
    expect(isAppUrl('app://beian/')).toBe(true);
    expect(isAppUrl('app://beian.evil/')).toBe(false);
    expect(isAppUrl('app://user@beian/')).toBe(false);
    expect(isAppUrl('app://beian:8080/')).toBe(false);
    expect(isAppUrl('https://beian/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('lets only https links out', () => {
    expect(isSafeExternalUrl('https://beian.miit.gov.cn/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.com/')).toBe(false);
    expect(isSafeExternalUrl('nonsense')).toBe(false);
  });
});

describe('mimeTypeFor', () => {
  it('names the types the renderer needs', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('sql-wasm.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('f.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('noext')).toBe('application/octet-stream');
  });
});

describe('serveAppRequest', () => {
  let dir: string;
  let root: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'beian-protocol-'));
    root = path.join(dir, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(
      path.join(root, 'index.html'),
      '<meta name="csp-nonce" content="__CSP_NONCE__"><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => serveAppRequest(root, new Request(url, { method }));

  it('serves index.html with a fresh nonce and a matching CSP header', async () => {
    const a = await get('app://beian/');
    const b = await get('app://beian/index.html');
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await a.text();
    expect(html).not.toContain('__CSP_NONCE__');
    const nonce = /content="([^"]+)"/.exec(html)![1]!;
    const csp = a.headers.get('content-security-policy')!;
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(b.headers.get('content-security-policy')).not.toBe(csp);
  });

  it('serves assets with their MIME type', async () => {
    const r = await get('app://beian/assets/app.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await r.text()).toBe('console.log(1)');
  });

  it('answers 404 for traversal and missing files, never the file outside', async () => {
    for (const url of ['app://beian/..%2fsecret.txt', 'app://beian/%2e%2e/secret.txt', 'app://beian/assets/missing.js']) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(await r.text()).not.toContain('outside the root');
    }
  });

  it('falls back to index.html for client-side routes only', async () => {
    const r = await get('app://beian/unit/edit');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toBeTruthy();
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://beian/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://beian/assets/app.js', 'POST')).status).toBe(405);
  });
});
