// `npm run soak [-- N]`: the SIGKILL crash test (test/unit/storage/crash.test.ts) with N kills (default 3000)
// instead of CI's 100, and prints how many it ran. Takes a long time: each kill starts a process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kills = Number(process.argv[2] ?? 3000);
if (!Number.isInteger(kills) || kills < 1) {
  console.error('usage: npm run soak -- <number of kills>');
  process.exit(2);
}
const started = Date.now();
const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/unit/storage/crash.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CRASH_ITERATIONS: String(kills), CRASH_TIMEOUT_MS: String(Math.max(600_000, kills * 10_000)) },
});
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(result.status === 0 ? `soak: ${kills} SIGKILLs survived in ${minutes} min` : `soak FAILED after ${minutes} min (see above)`);
process.exit(result.status ?? 1);
