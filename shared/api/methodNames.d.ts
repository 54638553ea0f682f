/**
 * The contract's method names alone, for code that must not pull in zod and the validators
 * (the sandboxed preload). contract.ts refuses to compile if this list and the table differ.
 */
export declare const METHOD_NAMES: readonly ["identity.validate", "unit.get", "unit.save", "workspace.status", "workspace.restoreBackup", "audit.list"];
export type MethodNameList = (typeof METHOD_NAMES)[number];
/** The Electron IPC channel the preload and the main process share. */
export declare const IPC_CHANNEL = "beian:call";
/** The browser host's API route and token header. */
export declare const HTTP_API_PREFIX = "/api/";
export declare const HTTP_TOKEN_HEADER = "x-beian-token";
