import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiHost } from '../../../electron/api/host';
import { settleBackupJobs } from '../../../electron/backup/backupJobs';
import { runCli } from '../../../electron/transports/cli/run';
import { cleanupTemps, tempDir } from '../../fixtures/storage/helpers';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { attachmentHashes, call, dumpClosedDatabase, dumpDatabase, fillWorkspace, openHost, PASSPHRASE, runBackup } from './fixture';

afterEach(cleanupTemps);
const hosts: ApiHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function host(dir: string) {
  const h = await openHost(dir);
  hosts.push(h);
  return h;
}

describe('备份到U盘 and 从备份恢复', () => {
  it('restores into a fresh workspace with every record and attachment identical', async () => {
    const source = tempDir('beian-backup-src-');
    const out = tempDir('beian-backup-out-');
    const src = await host(source);
    await fillWorkspace(src, 4);
    const dumpBefore = await dumpDatabase(src, source);
    const scans = attachmentHashes(source);
    expect(Object.keys(scans)).toHaveLength(4);

    const done = await runBackup(src, { destination: out, passphrase: PASSPHRASE });
    expect(done.phase, done.error?.message).toBe('done');
    expect(done.result!.file).toMatch(/^备案台备份_91350200MA2Y8K3L0G_\d{8}-\d{6}\.beianbak$/);
    expect(readdirSync(out)).toEqual([done.result!.file]); // no partial left
    const status = await call<{ lastVerified: { file: string; offMachine: boolean } | null; lastOffMachine: unknown; due: boolean }>(src, 'backup.status', {});
    expect(status.lastVerified?.file).toBe(done.result!.file);
    // A temp folder is no removable drive and was not marked off this computer: the reminder stays.
    expect(status.lastVerified?.offMachine).toBe(false);
    expect(status.lastOffMachine).toBeNull();
    expect(status.due).toBe(true);

    const target = tempDir('beian-backup-dst-');
    const dst = await host(target);
    const restored = await call<{ replaced?: string; backup: { attachments: number } }>(dst, 'backup.restore', { path: done.result!.path, passphrase: PASSPHRASE });
    expect(restored.backup.attachments).toBe(4);
    expect(restored.replaced).toBeUndefined(); // an empty workspace: nothing to set aside
    expect(await dumpDatabase(dst, target)).toBe(dumpBefore);
    expect(attachmentHashes(target)).toEqual(scans);
    expect((await call<{ name: string }>(dst, 'unit.get', {})).name).toBe(SAMPLE_UNIT.name);
    expect(readdirSync(target).filter((n) => n.startsWith('.restore-'))).toEqual([]);
  }, 300_000);

  it('cancel during the write leaves nothing in the folder', async () => {
    const source = tempDir('beian-cancel-src-');
    const out = tempDir('beian-cancel-out-');
    const src = await host(source);
    await fillWorkspace(src, 2);
    const { jobId } = await call<{ jobId: string }>(src, 'backup.start', { destination: out, passphrase: PASSPHRASE });
    let p = await call<{ phase: string; bytesDone: number }>(src, 'backup.progress', { jobId });
    while (p.phase === 'write' && p.bytesDone === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      p = await call(src, 'backup.progress', { jobId });
    }
    await call(src, 'backup.cancel', { jobId });
    await settleBackupJobs();
    const end = await call<{ phase: string; error?: { message: string } }>(src, 'backup.progress', { jobId });
    expect(end.phase).toBe('cancelled');
    expect(end.error?.message).toBe('备份已取消，没有留下任何文件');
    expect(readdirSync(out)).toEqual([]);
    expect((await call<{ lastVerified: unknown }>(src, 'backup.status', {})).lastVerified).toBeNull();
  }, 300_000);

  it('beian backup and beian restore on the command line (passphrase from BEIAN_BACKUP_PASSPHRASE)', async () => {
    const source = tempDir('beian-cli-src-');
    const out = tempDir('beian-cli-out-');
    const src = await host(source);
    await fillWorkspace(src, 2);
    const dump = await dumpDatabase(src, source);
    await src.close();
    hosts.splice(0);
    const io = () => {
      const o = { out: '', err: '' };
      return { o, io: { stdout: (t: string) => void (o.out += t), stderr: (t: string) => void (o.err += t), stdin: process.stdin } };
    };
    const before = process.env.BEIAN_BACKUP_PASSPHRASE;
    process.env.BEIAN_BACKUP_PASSPHRASE = PASSPHRASE;
    try {
      const b = io();
      expect(await runCli(['backup', '--workspace', source, '--out', out], b.io), b.o.err).toBe(0);
      const file = /^已校验：(.+\.beianbak)$/m.exec(b.o.out)?.[1];
      expect(file && existsSync(file)).toBe(true);

      const target = tempDir('beian-cli-dst-');
      const r = io();
      expect(await runCli(['restore', file!, '--workspace', target], r.io), r.o.out + r.o.err).toBe(0);
      expect(r.o.out).toMatch(/^已恢复：/);
      expect(dumpClosedDatabase(target)).toBe(dump);

      // A workspace holding data: refused without --set-aside, exit 1, and nothing changes.
      const again = io();
      expect(await runCli(['restore', file!, '--workspace', target], again.io)).toBe(1);
      expect(again.o.err).toContain('--set-aside');
      process.env.BEIAN_BACKUP_PASSPHRASE = 'a wrong passphrase';
      const wrong = io();
      expect(await runCli(['restore', file!, '--workspace', target, '--set-aside'], wrong.io)).toBe(1);
      expect(wrong.o.out).toContain('备份口令不正确');
      expect(dumpClosedDatabase(target)).toBe(dump);
    } finally {
      if (before === undefined) delete process.env.BEIAN_BACKUP_PASSPHRASE;
      else process.env.BEIAN_BACKUP_PASSPHRASE = before;
    }
  }, 300_000);
});
