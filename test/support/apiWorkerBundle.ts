// The database thread's script for tests and benchmarks that run from the TypeScript sources: bundled once per
// process, the way scripts/build.mjs bundles it (with the sheet reader beside it), into <repo>/dist/test-workers,
// where Node finds the repository's node_modules for the bundle's external packages.
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

// Benchmarks run bundled from a temp folder and are told the repository (scripts/bench.mjs).
const root = process.env.BEIAN_REPO_ROOT ?? path.resolve(__dirname, '..', '..');
let built: string | undefined;

/** Bundles `entries` (name → source file relative to the repository) into a fresh folder; returns it. */
export function bundleWorkers(entries: Record<string, string>): string {
  const parent = path.join(root, 'dist', 'test-workers');
  mkdirSync(parent, { recursive: true });
  // A test process killed by its runner leaves its folder: those older than an hour go.
  for (const old of readdirSync(parent)) {
    const at = path.join(parent, old);
    if (Date.now() - (statSync(at, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 3_600_000) rmSync(at, { recursive: true, force: true });
  }
  const dir = mkdtempSync(path.join(parent, 'w-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  buildSync({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(root, file)])),
    outdir: dir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3', 'sharp', 'subset-font', 'harfbuzzjs', 'fontkit', 'esbuild'],
    logLevel: 'error',
    define: { 'process.env.BEIAN_BUNDLED': '"1"' },
  });
  return dir;
}

/** dist/test-workers/…/apiWorker.cjs, built from the current sources. */
export function apiWorkerScript(): string {
  built ??= path.join(
    bundleWorkers({ apiWorker: 'electron/api/apiWorker.ts', sheetWorker: 'electron/services/customerImport/sheetWorker.ts' }),
    'apiWorker.cjs',
  );
  return built;
}
