import { randomBytes } from 'node:crypto';

/** The placeholder in renderer/index.html that each response replaces with a fresh nonce. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The renderer's Content-Security-Policy: scripts only from the app itself, no eval, no inline script.
 * Ant Design injects its CSS-in-JS <style> elements with the per-response nonce; inline style
 * *attributes* (positioning set by components) cannot run code and are allowed by style-src-attr.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** index.html with the nonce filled in (the meta tag tells antd which nonce to use). */
export function withNonce(html: string, nonce: string): string {
  return html.split(CSP_NONCE_PLACEHOLDER).join(nonce);
}
