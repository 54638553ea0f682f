import { createHash } from 'node:crypto';
import { appendFileSync, chmodSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { run } from '../../../electron/storage/rows';
import type { LogSeal, LogSealResult, LogVerifyResult } from '../../../shared/records/logSeal';
import { tempWorkspace } from '../../support/tempWorkspace';
import { logFolder } from './logSealFixture';
import { registerPicked } from '../../../electron/services/picker/pickedPaths';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('游戏日志封存 (第七条)', () => {
  const ws = tempWorkspace();
  let host: ApiHost;
  const logs = logFolder();

  async function ok<T>(method: string, input: unknown): Promise<T> {
    const reply = await host.dispatch(method, input, { transport: 'test' });
    if (!reply.ok) throw new Error(`${method} refused: ${reply.error.message}`);
    return reply.result as T;
  }
  async function refused(method: string, input: unknown) {
    const reply = await host.dispatch(method, input, { transport: 'test' });
    if (reply.ok) throw new Error(`${method} was accepted`);
    return reply.error;
  }

  beforeAll(async () => {
    host = await openApiHost(ws.dir);
  });
  afterAll(async () => {
    await host.close();
    ws.remove();
    logs.remove();
  });

  let first: LogSealResult;

  it('seals every file of a folder, nested ones included, with the size and SHA-256 read from disk', async () => {
    first = await ok<LogSealResult>('logs.seal', { path: logs.dir, note: '十一月日志' });
    expect(first).toMatchObject({ seq: 1, path: logs.dir, kind: 'folder', fileCount: 4, prevHash: '', note: '十一月日志', skipped: [] });
    expect(first.totalBytes).toBeGreaterThan(3 * 1024 * 1024);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);

    const v = await ok<LogVerifyResult>('logs.verify', { sealId: first.id });
    expect(v).toMatchObject({ ok: true, chainOk: true, changed: [], removed: [], added: [], unreadable: [] });
    expect(v.lines).toEqual(['未发现改动：4 个文件与封存时一致']);
  });

  it('a changed byte in the large file shows as 已修改 with both hashes, and verify fails', async () => {
    const big = logs.file('trade.bin');
    const before = sha256(big);
    const bytes = readFileSync(big);
    bytes[2 * 1024 * 1024 + 5] = bytes[2 * 1024 * 1024 + 5]! ^ 0xff; // inside the third read chunk
    writeFileSync(big, bytes);

    const v = await ok<LogVerifyResult>('logs.verify', { path: logs.dir });
    expect(v.ok).toBe(false);
    expect(v.chainOk).toBe(true);
    expect(v.changed).toEqual([{ path: 'trade.bin', sealedBytes: bytes.length, sealedSha256: before, bytes: bytes.length, sha256: sha256(big) }]);
    expect(v.lines).toContain('已修改：trade.bin（大小未变 3.0 MB，内容与封存时不同）');
    expect(v.lines[0]).toMatch(/^发现改动：1 个文件被修改；3 个文件与封存时一致/);
  });

  it('a grown log, a deleted log and a new log: 已修改 with both sizes, 已删除, 新增', async () => {
    const sealedBytes = statSync(logs.file('logs/2026-11-02.log')).size;
    appendFileSync(logs.file('logs/2026-11-02.log'), 'x'.repeat(2048 - sealedBytes));
    rmSync(logs.file('logs/chat/world.log'));
    writeFileSync(logs.file('logs/2026-11-03.log'), 'new day\n');

    const v = await ok<LogVerifyResult>('logs.verify', { sealId: first.id });
    expect(v.ok).toBe(false);
    expect(v.removed).toEqual(['logs/chat/world.log']);
    expect(v.added).toEqual(['logs/2026-11-03.log']);
    expect(v.changed.map((c) => c.path)).toEqual(['logs/2026-11-02.log', 'trade.bin']);
    expect(v.lines).toContain(`已修改：logs/2026-11-02.log（封存时 ${sealedBytes} 字节，现在 2.0 KB）`);
    expect(v.lines).toContain('已删除：logs/chat/world.log');
    expect(v.lines).toContain('新增：logs/2026-11-03.log（8 字节）');
  });

  it('only new files (log rotation) keep the seal ok; the seal continues the chain', async () => {
    const second = await ok<LogSealResult>('logs.seal', { path: logs.dir });
    expect(second.seq).toBe(2);
    expect(second.prevHash).toBe(first.hash);
    writeFileSync(logs.file('logs/2026-11-04.log'), 'rotated\n');

    const v = await ok<LogVerifyResult>('logs.verify', { path: logs.dir }); // the latest seal of the path
    expect(v.seal.id).toBe(second.id);
    expect(v).toMatchObject({ ok: true, chainOk: true, changed: [], removed: [], added: ['logs/2026-11-04.log'] });
    expect(v.lines[0]).toBe('未发现改动：4 个文件与封存时一致');
    expect(v.lines).toContain('新增：logs/2026-11-04.log（8 字节）');
  });

  it('a single file can be sealed; symbolic links in a folder are listed as skipped, not followed', async () => {
    const single = await ok<LogSealResult>('logs.seal', { path: logs.file('logs/2026-11-01.log') });
    expect(single).toMatchObject({ kind: 'file', fileCount: 1, seq: 3, skipped: [] });
    expect((await ok<LogVerifyResult>('logs.verify', { sealId: single.id })).ok).toBe(true);

    symlinkSync('/etc', logs.file('logs/etc-link'));
    const withLink = await ok<LogSealResult>('logs.seal', { path: logs.dir });
    expect(withLink.skipped).toEqual(['logs/etc-link']);
    expect(withLink.fileCount).toBe(5);
    rmSync(logs.file('logs/etc-link'));
  });

  it('logs.list: newest first, without the file lists', async () => {
    const list = await ok<(LogSeal & { files?: unknown })[]>('logs.list', {});
    expect(list.map((s) => s.seq)).toEqual([4, 3, 2, 1]);
    expect(list.every((s) => s.files === undefined)).toBe(true);
  });

  it('a seal row rewritten in the database breaks the chain from that seal on', async () => {
    await host.session.store.mutate((tx) => {
      run(tx.db, "UPDATE log_seal SET files = json_remove(files, '$[0]'), file_count = file_count - 1 WHERE seq = 2");
    });
    const list = await ok<LogSeal[]>('logs.list', {});
    const bySeq = (n: number) => list.find((s) => s.seq === n)!;

    const one = await ok<LogVerifyResult>('logs.verify', { sealId: bySeq(1).id });
    expect(one.chainOk).toBe(true);
    const three = await ok<LogVerifyResult>('logs.verify', { sealId: bySeq(3).id });
    expect(three).toMatchObject({ chainOk: false, ok: false });
    expect(three.lines[0]).toBe('封存记录链校验失败：第 2 条封存记录被改动');
  });

  it('a hash recomputed by the tamperer still breaks the link to the next seal', async () => {
    await host.session.store.mutate((tx) => {
      run(tx.db, "UPDATE log_seal SET note = '改过', hash = '0000000000000000000000000000000000000000000000000000000000000000' WHERE seq = 1");
    });
    const list = await ok<LogSeal[]>('logs.list', {});
    const v = await ok<LogVerifyResult>('logs.verify', { sealId: list.find((s) => s.seq === 4)!.id });
    expect(v.lines[0]).toBe('封存记录链校验失败：第 1 条封存记录被改动');
  });

  it('refuses what cannot be sealed, in Chinese, naming the field', async () => {
    expect(await refused('logs.seal', {})).toMatchObject({ field: 'path', message: expect.stringMatching(/^日志文件或文件夹：请填写/) });
    expect(await refused('logs.seal', { path: 'logs' })).toMatchObject({ field: 'path', message: expect.stringContaining('完整路径') });
    expect(await refused('logs.seal', { path: path.join(logs.dir, 'nope') })).toMatchObject({ message: expect.stringContaining('找不到') });
    expect(await refused('logs.verify', { path: '/no/such/logs' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is named and nothing is recorded', async () => {
    const locked = logs.file('logs/locked.log');
    writeFileSync(locked, 'secret\n');
    chmodSync(locked, 0o000);
    try {
      const before = (await ok<LogSeal[]>('logs.list', {})).length;
      const err = await refused('logs.seal', { path: logs.dir });
      expect(err).toMatchObject({ code: 'VALIDATION', field: 'path', message: expect.stringContaining('无法读取 logs/locked.log') });
      expect((await ok<LogSeal[]>('logs.list', {})).length).toBe(before);
    } finally {
      rmSync(locked, { force: true });
    }
  });

  it('over the browser host a typed path is refused (/etc/shadow too); only a handle from the app\'s picker is sealed', async () => {
    const http = { transport: 'http' } as const;
    const before = (await ok<LogSeal[]>('logs.list', {})).length;
    for (const typed of ['/etc/shadow', '/etc', logs.dir, 'picked:00000000-0000-0000-0000-000000000000']) {
      const reply = await host.dispatch('logs.seal', { path: typed, pick: typed === '/etc/shadow' ? 'file' : 'folder' }, http);
      expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'path' } });
    }
    // The same refusal when the caller names no transport: the dispatcher's default is the least trusted.
    expect(await host.dispatch('logs.seal', { path: '/etc/shadow', pick: 'file' })).toMatchObject({ ok: false, error: { field: 'path' } });
    expect((await ok<LogSeal[]>('logs.list', {})).length).toBe(before);

    // A handle the picker handed out for a folder cannot be presented as a file, nor the other way round.
    const picked = registerPicked(logs.dir, 'folder');
    expect(await host.dispatch('logs.seal', { path: picked.handle, pick: 'file' }, http)).toMatchObject({ ok: false });
    const sealed = await host.dispatch('logs.seal', { path: picked.handle }, http);
    expect(sealed.ok && sealed.result).toMatchObject({ path: logs.dir, kind: 'folder' });
  });

  it('over IPC the path comes from the main process dialog, not from the renderer; a cancelled dialog is refused', async () => {
    const asked: string[] = [];
    const picked = await host.dispatch('logs.seal', { path: '/etc' }, {
      transport: 'ipc',
      pickPath: async ({ kind, title }) => {
        asked.push(`${kind}:${title}`);
        return logs.dir;
      },
    });
    expect(asked).toEqual(['folder:选择要封存的日志文件夹']);
    expect(picked.ok && (picked.result as LogSeal).path).toBe(logs.dir);

    const cancelled = await host.dispatch('logs.seal', {}, { transport: 'ipc', pickPath: async () => null });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '未选择文件夹' } });

    // One log file: the file dialog, and the seal is of that file alone.
    const oneFile = logs.file('logs/2026-11-01.log');
    const file = await host.dispatch('logs.seal', { pick: 'file' }, {
      transport: 'ipc',
      pickPath: async ({ kind, title }) => {
        asked.push(`${kind}:${title}`);
        return oneFile;
      },
    });
    expect(asked.at(-1)).toBe('file:选择要封存的日志文件');
    expect(file.ok && file.result).toMatchObject({ path: oneFile, kind: 'file', fileCount: 1 });
    const noFile = await host.dispatch('logs.seal', { pick: 'file' }, { transport: 'ipc', pickPath: async () => null });
    expect(noFile).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '未选择文件', field: 'path' } });
  });

  it('游戏服务器 must exist and be used for 游戏', async () => {
    const server = (purposes: string[], assetNo: string) =>
      ok<{ id: string }>('servers.save', { assetNo, purposes, onlineDate: '2026-01-05', ips: [] });
    const web = await server(['网站/虚拟空间'], 'WEB-01');
    const game = await server(['游戏', '其他'], 'GAME-01');

    expect(await refused('logs.seal', { path: logs.dir, serverId: 'missing' })).toMatchObject({ field: 'serverId', message: expect.stringContaining('不存在') });
    expect(await refused('logs.seal', { path: logs.dir, serverId: web.id })).toMatchObject({
      field: 'serverId',
      message: expect.stringMatching(/^游戏服务器：服务器 WEB-01 的用途不含“游戏”/),
    });
    const sealed = await ok<LogSealResult>('logs.seal', { path: logs.dir, serverId: game.id });
    expect(sealed.serverId).toBe(game.id);
  });

  it('each seal writes one audit entry under logSeal', async () => {
    const audit = await ok<{ entity: string; entityId: string; field: string }[]>('audit.list', { limit: 500 });
    const sealed = await ok<LogSeal[]>('logs.list', {});
    for (const s of sealed) expect(audit.some((a) => a.entity === 'logSeal' && a.entityId === s.id && a.field === 'hash')).toBe(true);
  });
});
