// All roster times are China Standard Time whatever the machine's zone (issue 4, item 2). This runs the
// other tests of this folder (test/unit/dutyRoster/) again in child processes under zones far from UTC+8 — Los Angeles (UTC−8/−7,
// with daylight saving) and Kiritimati (UTC+14, the other side of the date line) — and expects them to pass.
import { describe, expect, it } from 'vitest';
import { runNodeChild as run, vitestBin as vitest } from '../../support/runChild';

/** The parent's environment without this vitest run's own variables. */
function childEnv(tz: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VITEST') && k !== 'NODE_OPTIONS') env[k] = v;
  return { ...env, TZ: tz, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

const ZONES = [
  // zone, offset from getTimezoneOffset() on 2026-07-01 (minutes, UTC − local)
  { tz: 'America/Los_Angeles', july: 420 },
  { tz: 'Pacific/Kiritimati', july: -840 },
];

describe('time-zone independence', () => {
  it.each(ZONES)('the machine really is in $tz for the child processes', async ({ tz, july }) => {
    const { code, out } = await run(['-e', 'process.stdout.write(String(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset()))'], childEnv(tz));
    expect(code).toBe(0);
    expect(Number(out)).toBe(july);
  });

  it.each(ZONES)(
    'every dutyRoster test passes under TZ=$tz',
    async ({ tz, july }) => {
      const { code, out } = await run(
        [vitest, 'run', 'test/unit/dutyRoster/', '--exclude', '**/tz.test.ts', '--reporter=dot'],
        // time.test.ts checks this offset, so a child that ignored TZ would fail rather than pass silently
        childEnv(tz, { EXPECT_TZ_OFFSET_JULY: String(july) }),
      );
      expect(out).toMatch(/Test Files\s+\d+ passed/);
      expect(out).not.toMatch(/failed/);
      expect(code, out).toBe(0);
    },
    120_000,
  );
});
