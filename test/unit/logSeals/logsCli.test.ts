import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { openApiHost } from '../../../electron/api/host';
import { run } from '../../../electron/storage/rows';
import { runCli } from '../../../electron/transports/cli/run';
import { tempWorkspace } from '../../support/tempWorkspace';
import { logFolder } from './logSealFixture';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: Readable.from([]) });
  return { code, stdout, stderr };
}

describe('beian logs seal / verify', () => {
  const ws = tempWorkspace();
  const logs = logFolder();
  afterAll(() => {
    ws.remove();
    logs.remove();
  });

  it('seal prints the seal; verify exits 0 while nothing changed, 0 with only new files, 1 once a log changed', async () => {
    const sealed = await cli(['logs', 'seal', logs.dir, '--workspace', ws.dir, '--note', '十一月']);
    expect(sealed.code).toBe(0);
    expect(sealed.stdout).toContain(`已封存：${logs.dir}`);
    expect(sealed.stdout).toContain('文件数：4');
    expect(sealed.stdout).toMatch(/封存哈希：[0-9a-f]{64}/);
    const sealId = /封存记录：(\S+)（第 1 条/.exec(sealed.stdout)?.[1];
    expect(sealId).toBeTruthy();

    const clean = await cli(['logs', 'verify', logs.dir, '--workspace', ws.dir]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('未发现改动：4 个文件与封存时一致');

    writeFileSync(logs.file('logs/2026-11-05.log'), 'rotated\n');
    const added = await cli(['logs', 'verify', logs.dir, '--workspace', ws.dir]);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('新增：logs/2026-11-05.log');

    writeFileSync(logs.file('logs/2026-11-01.log'), '改写后的日志\n');
    const changed = await cli(['logs', 'verify', '--seal', sealId!, '--workspace', ws.dir]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/已修改：logs\/2026-11-01\.log（封存时 \d+ 字节，现在 \d+ 字节）/);

    const json = await cli(['logs', 'verify', logs.dir, '--workspace', ws.dir, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, chainOk: true, changed: [{ path: 'logs/2026-11-01.log' }], added: ['logs/2026-11-05.log'] });
  });

  it('a refused seal prints {"error"} and exits 1; a path never sealed exits 1; a missing path is a usage error', async () => {
    const bad = await cli(['logs', 'seal', logs.dir, '--workspace', ws.dir, '--server', 'no-such-server']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).error).toMatchObject({ code: 'VALIDATION', field: 'serverId' });

    const never = await cli(['logs', 'verify', `${logs.dir}/logs`, '--workspace', ws.dir]);
    expect(never.code).toBe(1);
    expect(JSON.parse(never.stdout).error.message).toContain('还没有封存记录');

    expect((await cli(['logs', 'verify', '--workspace', ws.dir])).code).toBe(2);
  });

  it('verify exits 1 when a seal row was rewritten in the database, even with the logs untouched', async () => {
    const other = tempWorkspace();
    const folder = logFolder();
    try {
      expect((await cli(['logs', 'seal', folder.dir, '--workspace', other.dir])).code).toBe(0);
      expect((await cli(['logs', 'verify', folder.dir, '--workspace', other.dir])).code).toBe(0);
      const host = await openApiHost(other.dir);
      await host.session.store.mutate((tx) => run(tx.db, "UPDATE log_seal SET sealed_at = '2020-01-01T00:00:00.000Z'"));
      await host.close();
      const r = await cli(['logs', 'verify', folder.dir, '--workspace', other.dir]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('封存记录链校验失败：第 1 条封存记录被改动');
      expect(r.stdout).toContain('未发现改动：4 个文件与封存时一致');
    } finally {
      other.remove();
      folder.remove();
    }
  });
});
