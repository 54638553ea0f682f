// Every time is Beijing time whatever the machine's zone (issue 10, item 8): beijingTime.test.ts again in a child
// process under TZ=America/Los_Angeles (UTC−8, with daylight saving).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('one clock under TZ=America/Los_Angeles', () => {
  it(
    'screens, PDF headers and metadata, ZIP entries, manifest and file stamps still read Beijing time',
    async () => {
      const env: NodeJS.ProcessEnv = {};
      for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VITEST') && k !== 'NODE_OPTIONS') env[k] = v;
      const { code, out } = await run([vitest, 'run', 'test/unit/clock/beijingTime.test.ts', '--reporter=dot'], {
        ...env,
        TZ: 'America/Los_Angeles',
        EXPECT_TZ_OFFSET_JULY: '420',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      });
      expect(out).toMatch(/Tests\s+6 passed/);
      expect(code, out).toBe(0);
    },
    300_000,
  );
});
