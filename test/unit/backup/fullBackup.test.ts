import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiHost } from '../../../electron/api/host';
import { cleanupTemps, tempDir } from '../../fixtures/storage/helpers';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { attachmentHashes, call, dumpDatabase, fillWorkspace, openHost, PASSPHRASE, runBackup } from './fixture';

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
    const status = await call<{ lastVerified: { file: string } | null; due: boolean }>(src, 'backup.status', {});
    expect(status.lastVerified?.file).toBe(done.result!.file);
    expect(status.due).toBe(false);

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
});
