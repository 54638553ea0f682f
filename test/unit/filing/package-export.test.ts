import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { tempWorkspace } from '../../support/tempWorkspace';
import { currentMonth } from '../../../electron/filing/records';
import { fillWorkspace, FIXTURE_CREDIT_CODE } from './packageFixture';
import { beijingIso } from '../../../shared/clock/beijingTime';

const MONTH = currentMonth();

/** The scans, and every record and audit row (the export only records its 月度变更报告 as reported). */
async function workspaceFingerprint(dir: string, dispatch: ApiHost['dispatch']): Promise<string> {
  const h = createHash('sha256');
  for (const [method, input] of [['audit.list', { limit: 10000 }], ['people.list', {}], ['servers.list', {}], ['licenses.list', {}]] as const) {
    const reply = await dispatch(method, input);
    if (!reply.ok) throw new Error(`${method} refused`);
    h.update(JSON.stringify(reply.result));
  }
  for (const f of [...readdirSync(path.join(dir, 'attachments'), { recursive: true }).map((x) => `attachments/${String(x)}`)].sort()) {
    h.update(f);
    try {
      h.update(readFileSync(path.join(dir, f)));
    } catch {
      // a folder
    }
  }
  return h.digest('hex');
}

describe('filing.check and filing.export on a complete workspace', () => {
  const ws = tempWorkspace();
  const out = mkdtempSync(path.join(os.tmpdir(), 'beian-out-'));
  let host: ApiHost;
  beforeAll(async () => {
    host = await openApiHost(ws.dir);
    await fillWorkspace(host.dispatch, { month: MONTH });
  });
  afterAll(async () => {
    await host.close();
    ws.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('checks, then exports a package that sha256sum -c verifies, changing nothing (not even the record of reported months)', async () => {
    const check = await host.dispatch('filing.check', { month: MONTH }, { transport: 'test' });
    expect(check.ok).toBe(true);
    const c = (check as { result: { blocking: { text: string }[]; warnings: unknown[] } }).result;
    expect(c.blocking.map((b) => b.text)).toEqual([]);

    const before = await workspaceFingerprint(ws.dir, host.dispatch);
    const started = await host.dispatch('filing.export', { destination: out, month: MONTH, zip: true }, { transport: 'test' });
    expect(started.ok).toBe(true);
    const jobId = (started as { result: { jobId: string } }).result.jobId;
    let p: { phase: string; result?: { folder: string; zipPath?: string; verified: number; monthlyReport?: unknown }; error?: { message: string } };
    for (;;) {
      const r = await host.dispatch('filing.progress', { jobId }, { transport: 'test' });
      p = (r as { result: typeof p }).result;
      if (p.result || p.error) break;
      await new Promise((res) => setTimeout(res, 20));
    }
    expect(p.error).toBeUndefined();
    const folder = p.result!.folder;
    expect(path.basename(folder)).toMatch(new RegExp(`^备案材料_${FIXTURE_CREDIT_CODE}_\\d{8}$`));
    const files = readdirSync(folder, { recursive: true }).map(String).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        '01_单位备案登记表.pdf',
        '04_服务器登记表.pdf',
        'images/01_营业执照.jpg',
        'images/03_法定代表人_林演示_证件正面.jpg',
        'manifest.json',
        'SHA256SUMS.txt',
      ]),
    );
    expect(p.result!.verified).toBe(files.filter((f) => f !== 'images').length);
    const sums = spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: folder, encoding: 'utf8' });
    expect(sums.status, sums.stdout + sums.stderr).toBe(0);
    expect(spawnSync('unzip', ['-t', p.result!.zipPath!]).status).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ unit: { creditCode: FIXTURE_CREDIT_CODE }, dutyRosterMonth: MONTH, app: { version: expect.any(String) } });
    expect(manifest.logSeals).toBeUndefined(); // no 游戏日志 sealed yet
    expect(await workspaceFingerprint(ws.dir, host.dispatch)).toBe(before);
    expect(files).toEqual(expect.arrayContaining(['06_月度变更报告.pdf', '06_月度变更报告.xlsx']));
    // The export records nothing: the result offers 登记 for last month, which has ended.
    expect(await host.dispatch('reports.monthlyHistory', {})).toMatchObject({ ok: true, result: [] });
    expect(p.result!.monthlyReport).toEqual({ month: manifest.reportMonth, canMark: true, reported: false });
    await host.dispatch('reports.markMonthlyReported', { month: manifest.reportMonth, via: 'package' });
    const history = await host.dispatch('reports.monthlyHistory', {});
    expect(history).toMatchObject({ ok: true, result: [{ month: manifest.reportMonth, via: 'package' }] });
  });

  it('a window may only pick a listed destination; force is for the command line', async () => {
    const r = await host.dispatch('filing.export', { destination: '/etc', month: MONTH, zip: false }, { transport: 'http' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'destination' } });
    const f = await host.dispatch('filing.export', { destination: out, month: MONTH, zip: false, force: true }, { transport: 'ipc' });
    expect(f).toMatchObject({ ok: false, error: { field: 'force' } });
  });

  it('filing.destinations always offers a local folder, removable drives first', async () => {
    const r = await host.dispatch('filing.destinations', {}, { transport: 'test' });
    const list = (r as { result: { removable: boolean; path: string }[] }).result;
    expect(list.length).toBeGreaterThan(0);
    expect(list.at(-1)!.removable).toBe(false);
    const firstLocal = list.findIndex((d) => !d.removable);
    expect(list.slice(firstLocal).every((d) => !d.removable)).toBe(true);
  });
});

describe('the package carries the newest 游戏日志 seal', () => {
  const ws = tempWorkspace();
  const out = mkdtempSync(path.join(os.tmpdir(), 'beian-out-seal-'));
  const logs = mkdtempSync(path.join(os.tmpdir(), 'beian-logs-'));
  afterAll(() => {
    ws.remove();
    rmSync(out, { recursive: true, force: true });
    rmSync(logs, { recursive: true, force: true });
  });

  it('manifest.json names the count and the newest seal with its hash', async () => {
    const host = await openApiHost(ws.dir);
    try {
      await fillWorkspace(host.dispatch, { month: MONTH });
      writeFileSync(path.join(logs, 'game.log'), 'login\n');
      await host.dispatch('logs.seal', { path: logs }, { transport: 'test' });
      writeFileSync(path.join(logs, 'game.log.1'), 'rotated\n');
      const second = await host.dispatch('logs.seal', { path: logs }, { transport: 'test' });
      const seal = (second as { result: { seq: number; hash: string; sealedAt: string } }).result;
      const started = await host.dispatch('filing.export', { destination: out, month: MONTH }, { transport: 'test' });
      const jobId = (started as { result: { jobId: string } }).result.jobId;
      let folder = '';
      for (;;) {
        const r = (await host.dispatch('filing.progress', { jobId }, { transport: 'test' })) as { result: { result?: { folder: string }; error?: { message: string } } };
        expect(r.result.error).toBeUndefined();
        if (r.result.result) {
          folder = r.result.result.folder;
          break;
        }
        await new Promise((res) => setTimeout(res, 20));
      }
      const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
      // The manifest states the seal's time in Beijing time, like every time it carries.
      expect(manifest.logSeals).toEqual({ count: 2, newest: { seq: 2, sealedAt: beijingIso(seal.sealedAt), hash: seal.hash } });
      expect(seal.seq).toBe(2);
    } finally {
      await host.close();
    }
  });
});
