import type { Dispatch } from '../api/dispatch';
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
/**
 * The browser host: the built renderer and the contract's handlers over HTTP, on 127.0.0.1 only.
 * Every request must name this host in Host (DNS-rebinding defence) and, when it carries an Origin,
 * come from this origin; API calls must also carry the per-run token.
 */
export declare function startHttpHost(options: HttpHostOptions): Promise<HttpHost>;
