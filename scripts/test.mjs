// `npm test`: every test, in the order a failure is cheapest to find.
//   build → type-check → lint (the import boundaries) → unit tests (vitest) → end-to-end (Playwright)
// Flags: --skip-build (dist/ is fresh), --unit (stop after unit tests), --e2e (only end-to-end).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function step(title, command, commandArgs, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${title} ===`);
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status ?? r.signal}) after ${seconds} s`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${title} (${seconds} s)`);
}

const onlyE2e = args.has('--e2e');
if (!args.has('--skip-build')) step('build', process.execPath, ['scripts/build.mjs']);
if (!onlyE2e) {
  step('type-check', bin('tsc'), ['-b']);
  step('lint', bin('eslint'), ['--max-warnings=0', '.']);
  step('unit tests', bin('vitest'), ['run']);
}
if (args.has('--unit')) process.exit(0);

// Electron end-to-end runs need a display on Linux; Chromium runs headless either way.
const playwright = [bin('playwright'), 'test'];
const needsXvfb = process.platform === 'linux' && !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run');
if (needsXvfb) step('end-to-end tests', '/usr/bin/xvfb-run', ['-a', ...playwright]);
else step('end-to-end tests', playwright[0], playwright.slice(1));
