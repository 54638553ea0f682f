import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SqlJsStatic } from 'sql.js';
// sql.js 1.16.0's glue with the page-capture patch (scripts/patch-sqljs.mjs); the WASM is the package's own.
import initSqlJs from './sqljs/sql-wasm-pages.cjs';

export interface SqlWasmOptions {
  wasmPath?: string | undefined;
}

// Sources live in <repo>/electron/storage and bundles in <repo>/dist/electron: both two levels down.
const here = __dirname;

/**
 * Where sql-wasm.wasm is read from, first match wins: options.wasmPath, env BEIAN_SQL_WASM,
 * <repo>/assets/sql-wasm.wasm, then the sql.js package. An explicitly named file must exist.
 */
export function resolveSqlWasmPath(options: SqlWasmOptions = {}): string {
  const explicit = options.wasmPath ?? process.env.BEIAN_SQL_WASM;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`sql-wasm.wasm not found at ${explicit}`);
    return explicit;
  }
  const asset = path.resolve(here, '..', '..', 'assets', 'sql-wasm.wasm');
  if (existsSync(asset)) return asset;
  try {
    return createRequire(path.join(here, 'sqlWasm.js')).resolve('sql.js/dist/sql-wasm.wasm');
  } catch {
    throw new Error(`sql-wasm.wasm not found: neither ${asset} nor the sql.js package (set BEIAN_SQL_WASM)`);
  }
}

let cached: Promise<SqlJsStatic> | undefined;

/** Initializes sql.js once per process from the app's own WASM file (never the network). */
export function loadSqlJs(options: SqlWasmOptions = {}): Promise<SqlJsStatic> {
  if (!cached) {
    cached = (async () => {
      const bytes = await readFile(resolveSqlWasmPath(options));
      const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return initSqlJs({ wasmBinary });
    })();
    cached.catch(() => {
      cached = undefined; // let a later call retry, e.g. after the file was restored
    });
  }
  return cached;
}
