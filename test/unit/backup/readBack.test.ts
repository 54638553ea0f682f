import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFullBackup } from '../../../electron/backup/readFullBackup';
import { takeSnapshot } from '../../../electron/backup/snapshot';
import { writeFullBackup, type BackupProgress } from '../../../electron/backup/writeFullBackup';
import { run } from '../../../electron/storage/rows';
import type { Store } from '../../../electron/storage/types';
import { cleanupTemps, openOk, tempDir } from '../../fixtures/storage/helpers';
import { ageDecrypt } from './ageCli';

// The read-back runs in a worker thread that follows the writing, one fsync step (64 MiB) behind.
const LOG_N = 10;
const PASSPHRASE = 'read-back test passphrase';
afterAll(cleanupTemps);

/** A workspace with the given scans (random bytes, recorded under their SHA-256) written straight into it. */
async function workspaceWith(sizes: number[]): Promise<{ root: string; store: Store; files: string[] }> {
  const root = tempDir('beian-readback-ws-');
  const store = await openOk(root);
  const scans = sizes.map((n) => randomBytes(n));
  const files: string[] = [];
  await store.mutate((tx) => {
    for (const bytes of scans) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const file = path.join(root, 'attachments', `${sha}.jpg`);
      writeFileSync(file, bytes);
      files.push(file);
      run(tx.db, `INSERT INTO attachment (sha256, ext, mime, bytes, width, height, original_name, added_at) VALUES (?, 'jpg', 'image/jpeg', ?, 1, 1, 'x.jpg', ?)`, [sha, bytes.length, tx.now]);
    }
  });
  return { root, store, files };
}

describe('the read-back worker', () => {
  it('follows a backup across several fsync steps; the file restores with every scan intact', async () => {
    const { store } = await workspaceWith([50 << 20, 50 << 20, 50 << 20, 1]);
    const out = tempDir('beian-readback-out-');
    const phases: BackupProgress[] = [];
    const written = await writeFullBackup(takeSnapshot(store, new Date()), { folder: out, passphrase: PASSPHRASE, now: new Date(), scryptLogN: LOG_N, onProgress: (p) => phases.push(p) });
    await store.close();
    expect(readdirSync(out)).toEqual([written.file]);
    const total = written.manifest.entries.reduce((n, e) => n + e.bytes, 0);
    // Writing reaches the total first; the last report is the read-back having checked every byte.
    expect(phases.filter((p) => p.phase === 'write').at(-1)?.bytesDone).toBe(total);
    expect(phases.at(-1)).toEqual({ phase: 'verify', bytesDone: total, bytesTotal: total });

    const staging = tempDir('beian-readback-restore-');
    const read = await readFullBackup(written.path, PASSPHRASE, { attachmentsTo: staging });
    expect(read.manifest).toEqual(written.manifest);
    for (const entry of written.manifest.entries.slice(1)) {
      const bytes = readFileSync(path.join(staging, path.basename(entry.path)));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    }
  }, 300_000);

  it('entries at tar-block and read-piece boundaries: Debian age and GNU tar give back every one intact', async () => {
    const sizes = [0, 511, 512, 513, 4 << 20, (4 << 20) + 1];
    const { store } = await workspaceWith(sizes);
    const out = tempDir('beian-readback-out-');
    const written = await writeFullBackup(takeSnapshot(store, new Date()), { folder: out, passphrase: PASSPHRASE, now: new Date(), scryptLogN: LOG_N });
    await store.close();
    const dir = tempDir('beian-readback-tar-');
    const tarFile = path.join(dir, 'backup.tar');
    const result = ageDecrypt(written.path, tarFile, PASSPHRASE);
    expect(result.status, result.terminal).toBe(0);
    const unpacked = path.join(dir, 'x');
    mkdirSync(unpacked);
    execFileSync('tar', ['-xf', tarFile, '-C', unpacked]);
    const scans = written.manifest.entries.slice(1);
    expect(scans.map((e) => e.bytes).sort((a, b) => a - b)).toEqual(sizes);
    for (const entry of scans) {
      const bytes = readFileSync(path.join(unpacked, entry.path));
      expect(bytes.length).toBe(entry.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    }
  }, 120_000);

  it('a scan whose bytes changed since it was recorded (same size): refused, naming no person, nothing left', async () => {
    const { store, files } = await workspaceWith([200_000, 300_000, 100_000]);
    const altered = files[1]!;
    const bytes = readFileSync(altered);
    bytes[1234] = bytes[1234]! ^ 0x01;
    writeFileSync(altered, bytes);
    const out = tempDir('beian-readback-out-');
    const err = await writeFullBackup(takeSnapshot(store, new Date()), { folder: out, passphrase: PASSPHRASE, now: new Date(), scryptLogN: LOG_N }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    await store.close();
    expect(err?.message).toBe(`扫描件文件的内容与记录的 SHA-256 不符（${path.basename(altered).slice(0, 12)}…），备份未完成；请先运行完整性检查或联系技术支持`);
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);
});
