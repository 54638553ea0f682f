import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/transports/cli/run';
import { templateShifts } from '../../../shared/dutyRoster';
import { tempWorkspace } from '../../support/tempWorkspace';

async function beian(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: process.stdin });
  return { code, stdout, stderr };
}

describe('beian roster ics --month YYYY-MM --workspace DIR [--person ID] [--out DIR]', () => {
  const ws = tempWorkspace();
  const out = tempWorkspace('beian-ics-out-');
  afterAll(() => {
    ws.remove();
    out.remove();
  });

  it('writes the month as .ics and says where; a bad month is a usage error', async () => {
    const call = async (method: string, input: unknown) => JSON.parse((await beian(['call', method, JSON.stringify(input), '--workspace', ws.dir])).stdout) as { id: string };
    const p = await call('people.save', { name: '陈值班', idType: '居民身份证', idNumber: '35020319900101123X', roles: ['值班人员'] });
    await call('dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts: templateShifts('2x12'), rotation: [p.id], rotationStart: '2027-02-01' });
    await call('dutyRoster.generate', { from: '2027-02-01', to: '2027-02-28' });

    const r = await beian(['roster', 'ics', '--month', '2027-02', '--workspace', ws.dir, '--out', out.dir]);
    expect(r.code).toBe(0);
    const file = path.join(out.dir, '值班表_2027-02.ics');
    expect(r.stdout).toBe(`已导出日历（56 个班次）：${file}\n`);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(56);

    const bad = await beian(['roster', 'ics', '--month', '2027-2', '--workspace', ws.dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--month 格式应为 YYYY-MM/);
  });
});
