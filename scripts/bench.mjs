// `npm run bench`: runs every bench/*.bench.ts, one after another.
// Each file is bundled by esbuild into a temp .cjs (native modules left external, found through
// NODE_PATH) and run with node; its output is printed as it comes. Exit code 1 if any bench failed.
// Usage: node scripts/bench.mjs [name-filter ...]   e.g. `npm run bench -- storage`
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const filters = process.argv.slice(2);
// Native or runtime-provided modules cannot be bundled.
const external = ['electron', 'better-sqlite3', 'sharp', 'subset-font', 'harfbuzzjs', 'fontkit', 'fsevents', 'esbuild'];

let files = [];
try {
  files = readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).sort();
} catch {
  // no bench/ folder yet
}
if (filters.length > 0) files = files.filter((f) => filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error(`no bench/*.bench.ts${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

const outDir = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-'));
const nodePath = [path.join(root, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
const results = [];
try {
  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, '');
    const outfile = path.join(outDir, `${name}.bench.cjs`);
    const started = Date.now();
    console.log(`\n=== bench: ${file} ===`);
    let status;
    try {
      buildSync({
        absWorkingDir: root,
        entryPoints: [path.join(benchDir, file)],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external,
        logLevel: 'error',
      });
      const run = spawnSync(process.execPath, [outfile], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, NODE_PATH: nodePath, BEIAN_REPO_ROOT: root },
      });
      status = run.status ?? run.signal;
    } catch (err) {
      console.error(err instanceof Error ? err.message : err);
      status = 'build failed';
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    results.push({ file, ok: status === 0, status, seconds });
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

console.log('\n=== bench summary ===');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.file} (${r.seconds} s)${r.ok ? '' : ` — ${r.status}`}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
