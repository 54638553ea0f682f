// Every time is Beijing time whatever the machine's zone (issue 10, item 8): beijingTime.test.ts again in a child
// process under TZ=America/Los_Angeles (UTC−8, with daylight saving).
import { describe, expect, it } from 'vitest';
import { runNodeChild as run, vitestBin as vitest } from '../../support/runChild';

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
