import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirectory, makeDirectorySync } from '../../../electron/fs/makeDirectory';

describe('makeDirectory (mkdir -p that cannot spin)', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'beian-mkdir-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('makes every missing folder, and accepts folders that exist', async () => {
    const deep = path.join(root, 'a', 'b', 'c');
    await makeDirectory(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await makeDirectory(deep);
    makeDirectorySync(path.join(root, 'x', 'y'));
    expect(statSync(path.join(root, 'x', 'y')).isDirectory()).toBe(true);
  });

  it('refuses a file in the way with ENOTDIR', async () => {
    writeFileSync(path.join(root, 'file'), 'x');
    await expect(makeDirectory(path.join(root, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(() => makeDirectorySync(path.join(root, 'file', 'sub'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  // Node 20's recursive mkdir never returns here (it loops at full CPU); this one answers at once.
  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('answers with the refusal on procfs instead of spinning', async () => {
    await expect(makeDirectory('/proc/beian-test/out')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => makeDirectorySync('/proc/beian-test')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
