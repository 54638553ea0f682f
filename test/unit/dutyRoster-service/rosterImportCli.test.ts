import { writeFileSync } from 'node:fs';
import path from 'node:path';
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

describe('beian roster import 文件 --month YYYY-MM --workspace DIR [--dry-run]', () => {
  const ws = tempWorkspace();
  const files = tempWorkspace('beian-roster-import-');
  afterAll(() => {
    ws.remove();
    files.remove();
  });

  it('checks with --dry-run, then imports as one 撤销; rejected cells go to stderr', async () => {
    const call = async (method: string, input: unknown) => JSON.parse((await beian(['call', method, JSON.stringify(input), '--workspace', ws.dir])).stdout) as { id: string };
    const a = await call('people.save', { name: '陈值班', idType: '居民身份证', idNumber: '35020319900101123X', roles: ['值班人员'] });
    await call('people.save', { name: '林值班', idType: '居民身份证', idNumber: '350203198506152340', roles: ['值班人员'] });
    await call('dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts: templateShifts('2x12'), rotation: [a.id], rotationStart: '2027-02-01' });
    await call('dutyRoster.generate', { from: '2027-02-01', to: '2027-02-28' });
    const file = path.join(files.dir, '二月.csv');
    writeFileSync(file, '日期,白班,夜班\n2027-02-03,林值班,王五\n');

    const dry = await beian(['roster', 'import', file, '--month', '2027-02', '--workspace', ws.dir, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toBe('未导入：第2行 夜班：找不到人员“王五”（请先在人员中登记，或检查姓名是否写错）\n');
    expect(dry.stdout).toBe('1 个班次与现有排班不同，0 个相同，1 处未能导入；--dry-run：未写入\n');

    const run = await beian(['roster', 'import', file, '--month', '2027-02', '--workspace', ws.dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/已导入 1 个班次/);
    const again = await beian(['roster', 'import', file, '--month', '2027-02', '--workspace', ws.dir]);
    expect(again.stdout).toBe('0 个班次与现有排班不同，1 个相同，1 处未能导入；无需导入\n');

    const bad = await beian(['roster', 'import', file, '--workspace', ws.dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--month 格式应为 YYYY-MM/);
  });
});
