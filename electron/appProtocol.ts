import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy, newNonce, withNonce } from './security/csp';
import { mimeType } from './transports/staticFiles';

/**
 * The renderer's origin: a custom privileged scheme instead of file://. Plain Node (no 'electron'
 * import): main.ts registers the scheme and hands requests to `serveAppRequest`, and the unit tests
 * exercise the same code with Node's own Request/Response.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'beian';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for protocol.registerSchemesAsPrivileged (no bypassCSP, no corsEnabled: same-origin only). */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

/**
 * True when `url` is a page of this app (app://beian/...). Compared by scheme and host: Node's URL
 * gives "null" as the origin of a scheme it does not know, so `.origin` cannot be used here.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '' && u.port === '';
  } catch {
    return false;
  }
}

/** Only these may be handed to shell.openExternal (never file:, smb:, custom handlers, ...). */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '' && u.hostname !== '';
  } catch {
    return false;
  }
}

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Maps a request URL to a file inside `root`, or null when the URL is not ours or the path would
 * leave `root` (`..`, encoded `%2e%2e` / `%2f` / `%5c`, absolute or drive paths, NUL bytes).
 * The directory index is index.html. `pathApi` lets the tests check Windows semantics on Linux.
 */
export function resolveAppPath(root: string, url: string, pathApi: PathApi = path): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(u.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0')) return null;
  if (decoded === '' || decoded.endsWith('/') || decoded.endsWith('\\')) decoded += 'index.html';

  const base = pathApi.resolve(root);
  const target = pathApi.resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const rel = pathApi.relative(base, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(rel)) return null;
  return target;
}

/** The same table as the browser host's: one list of content types for both ways of serving the renderer. */
export const mimeTypeFor = mimeType;

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null; // missing, a directory, unreadable: all the same 404 to the renderer
  }
}

/**
 * The protocol.handle handler body: GET/HEAD only; index.html gets a fresh nonce and the
 * Content-Security-Policy header; a missing extensionless path (client-side route) falls back to
 * index.html; everything else that does not resolve inside `root` is a 404.
 */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  let file = resolveAppPath(root, request.url);
  if (!file) return notFound();

  let body = await readIfFile(file);
  if (!body && path.extname(file) === '') {
    file = path.join(path.resolve(root), 'index.html');
    body = await readIfFile(file);
  }
  if (!body) return notFound();

  const headers: Record<string, string> = {
    'Content-Type': mimeTypeFor(file),
    'X-Content-Type-Options': 'nosniff',
  };
  if (path.basename(file) === 'index.html') {
    const nonce = newNonce();
    body = Buffer.from(withNonce(body.toString('utf8'), nonce), 'utf8');
    headers['Content-Security-Policy'] = contentSecurityPolicy(nonce);
    headers['Cache-Control'] = 'no-store';
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
