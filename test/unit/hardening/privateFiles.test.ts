import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApiHost } from '../../../electron/api/host';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';

const mode = (p: string) => statSync(p).mode & 0o777;

describe.runIf(process.platform !== 'win32')('private files: the workspace is for its owner only', () => {
  const ws = tempWorkspace();
  afterAll(() => ws.remove());

  it('creates the workspace folder 0700 and the database and its backups 0600', async () => {
    const root = path.join(ws.dir, 'home', 'workspace');
    const api = await openApiHost(root);
    try {
      const saved = await api.dispatch('unit.save', SAMPLE_UNIT);
      expect(saved.ok).toBe(true);
    } finally {
      await api.close();
    }
    expect(mode(root)).toBe(0o700);
    expect(mode(path.join(ws.dir, 'home'))).toBe(0o700);
    expect(mode(path.join(root, 'beian.sqlite'))).toBe(0o600);
    const backups = path.join(root, 'backups');
    for (const f of readdirSync(backups)) expect(mode(path.join(backups, f)), f).toBe(0o600);
  });
});
