import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Destination } from '../../../electron/fs/drives';
import { openApiHost } from '../../../electron/api/host';
import { runCli } from '../../../electron/transports/cli/run';
import { cleanupTemps, tempDir } from '../../fixtures/storage/helpers';
import { call, PASSPHRASE } from './fixture';

// The drive detection, answered by the test: `removable` lists the folders that count as detected U 盘.
const removable: string[] = [];
vi.mock('../../../electron/fs/drives', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/fs/drives')>();
  return {
    ...real,
    listDestinations: async (): Promise<Destination[]> => removable.map((p) => ({ path: p, label: 'U盘', removable: true, freeBytes: 1 << 30, totalBytes: 1 << 31 })),
  };
});

afterAll(cleanupTemps);
afterEach(() => {
  removable.splice(0);
});

function io() {
  const o = { out: '', err: '' };
  return { o, io: { stdout: (t: string) => void (o.out += t), stderr: (t: string) => void (o.err += t), stdin: process.stdin } };
}

async function backupState(workspace: string) {
  const host = await openApiHost(workspace);
  try {
    return await call<{ due: boolean; lastVerified: { file: string; offMachine: boolean } | null; lastOffMachine: { file: string } | null }>(host, 'backup.status', {});
  } finally {
    await host.close();
  }
}

async function cliBackup(args: string[]) {
  const before = process.env.BEIAN_BACKUP_PASSPHRASE;
  process.env.BEIAN_BACKUP_PASSPHRASE = PASSPHRASE;
  try {
    const b = io();
    const code = await runCli(['backup', ...args], b.io);
    return { code, ...b.o, file: /^已校验：.*[/\\](.+\.beianbak)$/m.exec(b.o.out)?.[1] };
  } finally {
    if (before === undefined) delete process.env.BEIAN_BACKUP_PASSPHRASE;
    else process.env.BEIAN_BACKUP_PASSPHRASE = before;
  }
}

describe('beian backup --off-machine', () => {
  it('a folder on this computer, without the flag: verified, but the reminder stays, and the command says why', async () => {
    const workspace = tempDir('beian-cli-off-ws-');
    const r = await cliBackup(['--workspace', workspace, '--out', tempDir('beian-cli-off-out-')]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('不计入备份提醒');
    expect(r.err).toContain('--off-machine');
    const state = await backupState(workspace);
    expect(state.lastVerified?.file).toBe(r.file);
    expect(state.lastVerified?.offMachine).toBe(false);
    expect(state.lastOffMachine).toBeNull();
    expect(state.due).toBe(true);
  }, 120_000);

  it('with --off-machine the same kind of folder counts: the reminder clears', async () => {
    const workspace = tempDir('beian-cli-off-ws-');
    const r = await cliBackup(['--workspace', workspace, '--out', tempDir('beian-cli-off-out-'), '--off-machine']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('不计入备份提醒');
    const state = await backupState(workspace);
    expect(state.lastVerified?.offMachine).toBe(true);
    expect(state.lastOffMachine?.file).toBe(r.file);
    expect(state.due).toBe(false);
  }, 120_000);

  it('a folder on a detected removable drive counts without the flag', async () => {
    const workspace = tempDir('beian-cli-off-ws-');
    const drive = tempDir('beian-cli-off-usb-');
    removable.push(drive);
    const r = await cliBackup(['--workspace', workspace, '--out', drive]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('不计入备份提醒');
    const state = await backupState(workspace);
    expect(state.lastOffMachine?.file).toBe(r.file);
    expect(state.due).toBe(false);
  }, 120_000);

  it('the help text documents the flag', async () => {
    const h = io();
    expect(await runCli(['help'], h.io)).toBe(0);
    expect(h.o.out).toContain('beian backup --workspace 目录 --out 目录 [--off-machine]');
    expect(h.o.out).toContain('--off-machine 保存位置在电脑以外');
  });
});
