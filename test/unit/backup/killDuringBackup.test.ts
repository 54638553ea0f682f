import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../electron/storage/rows';
import { bundleFixture, SQL_WASM } from '../../fixtures/storage/bundle';
import { cleanupTemps, openOk, tempDir } from '../../fixtures/storage/helpers';

let child: string;
let root: string;
beforeAll(async () => {
  child = bundleFixture('../backup/backupChild');
  root = tempDir('beian-kill-backup-');
  const store = await openOk(root);
  // 24 scans of 1 MB each: the backup takes long enough to be killed in either phase.
  const scans = Array.from({ length: 24 }, () => randomBytes(1 << 20));
  for (const bytes of scans) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(path.join(root, 'attachments', `${sha}.jpg`), bytes);
  }
  await store.mutate((tx) => {
    for (const bytes of scans) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      run(tx.db, `INSERT INTO attachment (sha256, ext, mime, bytes, width, height, original_name, added_at) VALUES (?, 'jpg', 'image/jpeg', ?, 1, 1, 'x.jpg', ?)`, [sha, bytes.length, tx.now]);
    }
  });
  await store.close();
}, 120_000);
afterAll(cleanupTemps);

/** Runs the backup child and kills it with SIGKILL once it reports `killAt` (or the partial file appears). */
function backupKilledAt(out: string, killAt: 'write' | 'verify'): Promise<{ killed: boolean; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, root, out, SQL_WASM], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let killed = false;
    createInterface({ input: proc.stdout }).on('line', (line) => {
      lines.push(line);
      if (line === `HALF ${killAt}` && !killed) {
        killed = proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('exit', () => resolve({ killed, lines }));
  });
}

const finals = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.beianbak') && !n.startsWith('.'));

describe('kill -9 during a backup', () => {
  for (const phase of ['write', 'verify'] as const) {
    it(`killed while ${phase === 'write' ? 'writing' : 'reading back'}: nothing under the final name; the next backup removes the partial`, async () => {
      const out = tempDir('beian-kill-out-');
      const { killed, lines } = await backupKilledAt(out, phase);
      expect(killed, lines.join('\n')).toBe(true);
      expect(lines).not.toContainEqual(expect.stringMatching(/^DONE/));
      expect(finals(out)).toEqual([]);
      expect(readdirSync(out)).toEqual([expect.stringMatching(/^\.备案台备份_.*\.beianbak\.partial-[0-9a-f]{8}$/)]);

      const again = await backupKilledAt(out, 'never' as 'write');
      expect(again.lines.at(-1)).toMatch(/^DONE 备案台备份_.*\.beianbak$/);
      expect(readdirSync(out)).toEqual(finals(out)); // the stale hidden partial is gone
      expect(finals(out)).toHaveLength(1);
    }, 300_000);
  }
});
