/**
 * The folder holding package.json, dist/ and assets/. Bundles live in <root>/dist/electron and the
 * sources in <root>/electron/…, so walk up from this file until package.json appears.
 */
export declare function appRoot(): string;
