import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost } from '../../../electron/api/host';
import { currentMonth } from '../../../electron/filing/records';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { addDays } from '../../../shared/records/dates';
import { shiftMonth } from '../../../shared/reports/monthlyReport';
import { runCli } from '../../../electron/transports/cli/run';
import { tempWorkspace } from '../../support/tempWorkspace';
import { fillWorkspace } from './packageFixture';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: Readable.from([]) });
  return { code, stdout, stderr };
}

const MONTH = currentMonth();

describe('beian check / beian export', () => {
  const complete = tempWorkspace();
  const lacking = tempWorkspace();
  const out = mkdtempSync(path.join(os.tmpdir(), 'beian-cli-out-'));

  beforeAll(async () => {
    for (const [ws, withScan] of [
      [complete, true],
      [lacking, false],
    ] as const) {
      const host = await openApiHost(ws.dir);
      await fillWorkspace(host.dispatch, { month: MONTH, servers: 2, withBusinessLicenseScan: withScan });
      await host.close();
    }
  });
  afterAll(() => {
    complete.remove();
    lacking.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('check: exit 0 with nothing blocking', async () => {
    const r = await cli(['check', '--workspace', complete.dir]);
    expect(r.stdout).toContain('阻止导出：无');
    expect(r.code).toBe(0);
  });

  it('check: exit 1 while a blocking item is open, each item with its article; --json gives the lists', async () => {
    const r = await cli(['check', '--workspace', lacking.dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/阻止导出（\d+ 项）：/);
    expect(r.stdout).toContain('【第九条】');
    expect(r.stdout).toContain('营业执照');
    const j = await cli(['check', '--workspace', lacking.dir, '--json']);
    expect(j.code).toBe(1);
    const parsed = JSON.parse(j.stdout);
    expect(parsed.blocking.length).toBeGreaterThan(0);
    expect(parsed.blocking[0]).toEqual(expect.objectContaining({ article: expect.any(String), text: expect.any(String), screen: expect.any(String) }));
  });

  it('export: refuses with the list and exit 1 while blocking items are open; --force exports anyway', async () => {
    const r = await cli(['export', '--workspace', lacking.dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('阻止导出');
    expect(r.stderr).toContain('未生成备案材料');
    const forced = await cli(['export', '--workspace', lacking.dir, '--out', path.join(out, 'forced'), '--force', '--month', MONTH]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('--force');
  });

  it('export: progress on stderr, 已校验 N 个文件 on stdout, exit 0; the folder verifies and the ZIP tests ok', async () => {
    const r = await cli(['export', '--workspace', complete.dir, '--out', path.join(out, 'usb'), '--zip']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/准备中|写入 \d+\/\d+|校验 \d+\/\d+/);
    const m = /^已校验 (\d+) 个文件：(.+)$/m.exec(r.stdout);
    expect(m).not.toBeNull();
    const folder = m![2]!;
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS.txt'], { cwd: folder }).status).toBe(0);
    const zip = /^ZIP：(.+)$/m.exec(r.stdout)![1]!;
    expect(spawnSync('unzip', ['-t', zip]).status).toBe(0);
  });

  it('usage mistakes exit 2', async () => {
    expect((await cli(['export', '--workspace', complete.dir])).code).toBe(2);
    expect((await cli(['export', '--workspace', complete.dir, '--out', out, '--month', '2026-13'])).code).toBe(2);
    expect((await cli(['export', '--workspace', complete.dir, '--out', out, '--report-month', '2026/10'])).code).toBe(2);
    expect((await cli(['check', '--workspace', complete.dir, '--report-month', '10'])).code).toBe(2);
    expect((await cli(['check'])).code).toBe(2);
  });

  it.runIf(existsSync('/proc/self'))('a destination the system refuses to create ends with the reason, at once', async () => {
    const r = await cli(['export', '--workspace', complete.dir, '--out', '/proc/beian-export']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('无法创建目标文件夹（ENOENT）');
  });

  it('--report-month chooses the 月度变更报告 the package carries', async () => {
    expect((await cli(['check', '--workspace', complete.dir, '--report-month', MONTH])).code).toBe(0);
    const r = await cli(['export', '--workspace', complete.dir, '--out', path.join(out, 'report-month'), '--report-month', MONTH]);
    expect(r.code, r.stderr).toBe(0);
    const folder = /^已校验 \d+ 个文件：(.+)$/m.exec(r.stdout)![1]!;
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as { reportMonth?: string };
    expect(manifest.reportMonth).toBe(MONTH);
    const text = spawnSync('pdftotext', [path.join(folder, readdirSync(folder).find((f) => f.startsWith('06_') && f.endsWith('.pdf'))!), '-'], { encoding: 'utf8' }).stdout;
    const [y, m] = MONTH.split('-').map(Number);
    const previous = m === 1 ? `${y! - 1}年12月` : `${y}年${m! - 1}月`;
    expect(text.replace(/\s+/g, '')).toContain(`报告月份：${y}年${m}月`);
    expect(text.replace(/\s+/g, '')).not.toContain(`报告月份：${previous}`);
    // This month is only previewed: titled as such, and never recorded by the export.
    expect(text.replace(/\s+/g, '')).toMatch(/截至\d{4}-\d\d-\d\d\d\d:\d\d（本月尚未结束）/);
    expect(r.stderr).toContain('06 月度变更报告未登记为已报送：');
    expect(r.stderr).toContain('尚未结束（北京时间）');
  });

  it('export never records the month; it prints the command that does, and that command records it', async () => {
    const previous = shiftMonth(MONTH, -1);
    const r = await cli(['export', '--workspace', complete.dir, '--out', path.join(out, 'previous-month'), '--report-month', previous]);
    expect(r.code, r.stderr).toBe(0);
    const history = async () => {
      const host = await openApiHost(complete.dir);
      try {
        return ((await host.dispatch('reports.monthlyHistory', {})) as { result: { month: string; via: string }[] }).result;
      } finally {
        await host.close();
      }
    };
    expect(await history()).toEqual([]);
    const label = `登记 ${previous.slice(0, 4)}年${previous.slice(5, 7)}月变更已报送`;
    expect(r.stderr).toContain(`06 月度变更报告：交给公安机关后${label}：`);
    const command = new RegExp(`beian report monthly --month ${previous} --workspace 目录 --mark-reported`);
    expect(r.stderr).toMatch(command);
    const marked = await cli(['report', 'monthly', '--month', previous, '--workspace', complete.dir, '--out', path.join(out, 'marked'), '--mark-reported']);
    expect(marked.code, marked.stderr).toBe(0);
    expect(await history()).toMatchObject([{ month: previous, via: 'cli' }]);
  });

  it('with 客户空间 due, export says how to record them as reported once handed over, and that command records them', async () => {
    const host = await openApiHost(complete.dir);
    const opened = addDays(todayInShanghai(), -5);
    const saved = await host.dispatch('customerSpaces.save', { renterKind: '个人', renterName: '命令行甲', renterIdType: '居民身份证', renterIdNumber: '35020319900101123X', openedOn: opened });
    expect(saved.ok).toBe(true);
    await host.close();

    const r = await cli(['export', '--workspace', complete.dir, '--out', path.join(out, 'spaces')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1); // stdout stays the one 已校验 line
    expect(r.stderr).toContain('05 客户空间登记表列出 1 个待报送的客户空间。交给公安机关后登记报送日期');
    // Ready to paste: today's date and the real workspace path, no placeholder.
    const printed = /npx beian call customerSpaces\.markReported '(.+)' --workspace (\S+)\n/.exec(r.stderr)!;
    const given = JSON.parse(printed[1]!) as { allPending: boolean; reportedOn: string; asOf: string };
    expect(given).toMatchObject({ allPending: true, reportedOn: todayInShanghai() });
    expect(printed[2]).toBe(path.resolve(complete.dir));

    const marked = await cli(['call', 'customerSpaces.markReported', JSON.stringify(given), '--workspace', printed[2]!]);
    expect(marked.code, marked.stderr).toBe(0);
    expect(JSON.parse(marked.stdout)).toEqual({ updated: 1 });
  });
});
