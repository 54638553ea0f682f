/** The placeholder in renderer/index.html that each response replaces with a fresh nonce. */
export declare const CSP_NONCE_PLACEHOLDER = "__CSP_NONCE__";
export declare function newNonce(): string;
/**
 * The renderer's Content-Security-Policy: scripts only from the app itself, no eval, no inline script.
 * Ant Design injects its CSS-in-JS <style> elements with the per-response nonce; inline style
 * *attributes* (positioning set by components) cannot run code and are allowed by style-src-attr.
 */
export declare function contentSecurityPolicy(nonce: string): string;
/** index.html with the nonce filled in (the meta tag tells antd which nonce to use). */
export declare function withNonce(html: string, nonce: string): string;
