import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import type { LogSeal, LogVerifyResult } from '../../../shared/records/logSeal';
import { tempWorkspace } from '../../support/tempWorkspace';
import { logFolder } from './logSealFixture';

// A log the game server holds locked (Windows) or one without read permission. The tests run as root, where
// chmod 000 does not stop a read, so opening a file named in `denied` is made to fail as the OS would.
const denied = vi.hoisted(() => new Set<string>());
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const createReadStream = ((file: string, options?: object) =>
    fs.createReadStream(denied.has(String(file)) ? `${String(file)}.denied-by-test/x` : file, options as never)) as typeof fs.createReadStream;
  return { ...fs, default: { ...fs, createReadStream }, createReadStream };
});

describe('游戏日志封存: files that cannot be read', () => {
  const ws = tempWorkspace();
  const logs = logFolder();
  let host: ApiHost;
  beforeAll(async () => {
    host = await openApiHost(ws.dir);
  });
  afterAll(async () => {
    await host.close();
    ws.remove();
    logs.remove();
  });

  it('sealing names the unreadable file and records nothing', async () => {
    writeFileSync(logs.file('logs/locked.log'), 'held by the game server\n');
    denied.add(logs.file('logs/locked.log'));
    const reply = await host.dispatch('logs.seal', { path: logs.dir }, { transport: 'test' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'path' } });
    expect(!reply.ok && reply.error.message).toBe('日志文件或文件夹：无法读取 logs/locked.log（没有读取权限或正被占用），没有封存任何文件');
    const list = await host.dispatch('logs.list', {});
    expect(list.ok && list.result).toEqual([]);
    denied.clear();
  });

  it('a sealed file that cannot be read at verification is reported and the check fails', async () => {
    const sealed = await host.dispatch('logs.seal', { path: logs.dir }, { transport: 'test' });
    if (!sealed.ok) throw new Error(sealed.error.message);
    denied.add(logs.file('logs/2026-11-01.log'));

    const reply = await host.dispatch('logs.verify', { sealId: (sealed.result as LogSeal).id });
    if (!reply.ok) throw new Error(reply.error.message);
    const v = reply.result as LogVerifyResult;
    expect(v).toMatchObject({ ok: false, chainOk: true, unreadable: ['logs/2026-11-01.log'], removed: [], changed: [] });
    expect(v.lines[0]).toBe('未能核验全部文件：1 个文件无法读取；4 个文件与封存时一致（第七条：日志留存期间不得更改或删除）');
    expect(v.lines).toContain('无法读取：logs/2026-11-01.log（文件被占用或没有读取权限，无法确认未被改动）');
  });
});
