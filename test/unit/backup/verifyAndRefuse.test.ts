import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiHost } from '../../../electron/api/host';
import { takeSnapshot } from '../../../electron/backup/snapshot';
import { writeFullBackup } from '../../../electron/backup/writeFullBackup';
import { backupManifestSchema } from '../../../shared/backup/manifest';
import { cleanupTemps, tempDir } from '../../fixtures/storage/helpers';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { ageDecrypt } from './ageCli';
import { attachmentHashes, call, dumpDatabase, fillWorkspace, openHost, PASSPHRASE } from './fixture';

const hosts: ApiHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

/** A lower scrypt work factor than the app's 18 keeps these tests quick; the format is the same. */
const LOG_N = 12;

let backupFile: string;
let sourceScans: Record<string, string>;
beforeAll(async () => {
  const source = tempDir('beian-verify-src-');
  const host = await openHost(source);
  await fillWorkspace(host, 3);
  sourceScans = attachmentHashes(source);
  const out = tempDir('beian-verify-out-');
  const written = await writeFullBackup(takeSnapshot(host.session.store, new Date()), { folder: out, passphrase: PASSPHRASE, now: new Date(), scryptLogN: LOG_N });
  backupFile = written.path;
  await host.close();
}, 120_000);
afterAll(cleanupTemps);

describe('a .beianbak opened with tools we did not write', () => {
  it('Debian age decrypts it (passphrase through a terminal); tar lists it; sha256sum confirms every manifest hash', () => {
    const dir = tempDir('beian-age-cli-');
    const tarFile = path.join(dir, 'backup.tar');
    const result = ageDecrypt(backupFile, tarFile, PASSPHRASE);
    expect(result.status, result.terminal).toBe(0);
    const unpacked = path.join(dir, 'x');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xf', tarFile, '-C', unpacked]);
    const manifest = backupManifestSchema.parse(JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')));
    expect(manifest.entries).toHaveLength(4); // the database and three scans
    const sums = manifest.entries.map((e) => `${e.sha256}  ${e.path}`).join('\n') + '\n';
    writeFileSync(path.join(dir, 'SHA256SUMS'), sums);
    const check = execFileSync('sha256sum', ['--check', '--strict', path.join(dir, 'SHA256SUMS')], { cwd: unpacked, encoding: 'utf8' });
    expect(check.trim().split('\n')).toHaveLength(4);
    expect(check).not.toMatch(/FAILED/);
    for (const e of manifest.entries.slice(1)) expect(sourceScans[path.basename(e.path)]).toBe(e.sha256);
  });

  it('age refuses a wrong passphrase too', () => {
    const dir = tempDir('beian-age-cli-');
    const result = ageDecrypt(backupFile, path.join(dir, 'out.tar'), 'not the passphrase');
    expect(result.status).not.toBe(0);
  });
});

describe('a backup that cannot be trusted is refused, with nothing touched', () => {
  const damaged: Record<string, (b: Buffer) => Buffer> = {
    'a truncated file': (b) => b.subarray(0, Math.floor(b.length * 0.7)),
    'a flipped byte in the payload': (b) => {
      const out = Buffer.from(b);
      const at = Math.floor(b.length * 0.6);
      out[at] = out[at]! ^ 0x01;
      return out;
    },
    'a flipped byte in the header\'s MAC': (b) => {
      const out = Buffer.from(b);
      const at = b.indexOf('\n--- ') + 6;
      out[at] = out[at] === 0x41 ? 0x42 : 0x41;
      return out;
    },
    'not a backup at all': () => Buffer.from('PK\u0003\u0004 just a zip'),
  };

  async function workspaceWithData() {
    const dir = tempDir('beian-refuse-');
    const host = await openHost(dir);
    hosts.push(host);
    await call(host, 'unit.save', { ...SAMPLE_UNIT, name: '厦门示例留存科技有限公司' });
    const dump = await dumpDatabase(host, dir);
    return { dir, host, dump, files: readdirSync(dir).sort(), scans: attachmentHashes(dir) };
  }

  async function expectUntouched(w: Awaited<ReturnType<typeof workspaceWithData>>) {
    expect(await dumpDatabase(w.host, w.dir)).toBe(w.dump);
    expect(readdirSync(w.dir).sort()).toEqual(w.files);
    expect(attachmentHashes(w.dir)).toEqual(w.scans);
    // The store is still open and saving.
    expect((await call<{ name: string }>(w.host, 'unit.get', {})).name).toBe('厦门示例留存科技有限公司');
  }

  it('a wrong passphrase', async () => {
    const w = await workspaceWithData();
    const reply = await w.host.dispatch('backup.restore', { path: backupFile, passphrase: 'wrong passphrase!!', confirmSetAside: true }, { transport: 'test' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'passphrase', message: '备份口令不正确（口令区分大小写），或备份文件的开头已被改动，无法打开这个备份' } });
    await expectUntouched(w);
  }, 120_000);

  for (const [what, damage] of Object.entries(damaged)) {
    it(what, async () => {
      const w = await workspaceWithData();
      const file = path.join(tempDir('beian-damaged-'), 'damaged.beianbak');
      writeFileSync(file, damage(readFileSync(backupFile)));
      const reply = await w.host.dispatch('backup.restore', { path: file, passphrase: PASSPHRASE, confirmSetAside: true }, { transport: 'test' });
      expect(reply.ok).toBe(false);
      if (!reply.ok) {
        expect(reply.error.code).toBe('VALIDATION');
        expect(reply.error.field).toBe('file');
        expect(reply.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
      await expectUntouched(w);
    }, 120_000);
  }

  it('on a workspace holding data, a good backup needs confirmSetAside; confirmed, the old database is set aside and listed', async () => {
    const w = await workspaceWithData();
    const refused = await w.host.dispatch('backup.restore', { path: backupFile, passphrase: PASSPHRASE }, { transport: 'test' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'confirmSetAside' } });
    await expectUntouched(w);
    const done = await call<{ replaced?: string }>(w.host, 'backup.restore', { path: backupFile, passphrase: PASSPHRASE, confirmSetAside: true });
    expect(done.replaced).toMatch(/^beian\.sqlite\.replaced-/);
    expect((await call<{ name: string }>(w.host, 'unit.get', {})).name).toBe(SAMPLE_UNIT.name);
    const status = await call<{ backups: { file: string; kind?: string }[] }>(w.host, 'workspace.status', {});
    expect(status.backups).toContainEqual(expect.objectContaining({ file: done.replaced, kind: 'setAside' }));
    await call(w.host, 'workspace.restoreBackup', { file: done.replaced, confirmSetAside: true });
    expect((await call<{ name: string }>(w.host, 'unit.get', {})).name).toBe('厦门示例留存科技有限公司');
  }, 120_000);
});
