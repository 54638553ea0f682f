const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** The nonce the host put in <meta name="csp-nonce"> for this response (absent when served as plain files). */
export function readNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]');
  const value = meta?.content.trim();
  return value && value !== NONCE_PLACEHOLDER ? value : undefined;
}

/**
 * Makes the renderer's own code work under the strict policy (<style> only with the per-response
 * nonce) without a single violation report (zod's eval probe is handled in zodConfig.ts):
 *
 * - antd's own styles get the nonce through ConfigProvider's `csp`, but two helpers in @rc-component/util
 *   insert a <style> without it: the scrollbar measurement every antd Table runs on mount, and the body
 *   scroll lock of Modal/Drawer. Style elements appended by our scripts without a nonce are given it here.
 *   Only script can reach this path (script-src 'self' admits our bundle alone); markup injected through
 *   the HTML parser does not pass through appendChild/insertBefore and stays blocked.
 */
export function applyCspCompat(nonce: string | undefined): void {
  if (!nonce) return;
  const stamp = (node: Node) => {
    if (node instanceof HTMLStyleElement && !node.nonce) node.nonce = nonce;
  };
  const proto = Node.prototype;
  const appendChild = proto.appendChild;
  const insertBefore = proto.insertBefore;
  proto.appendChild = function <T extends Node>(this: Node, node: T): T {
    stamp(node);
    return appendChild.call(this, node) as T;
  };
  proto.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    stamp(node);
    return insertBefore.call(this, node, child) as T;
  };
}
