import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import initSqlJs from 'sql.js';
import { afterEach, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { MIGRATIONS } from '../../../electron/storage/schema';
import { cleanupTemps, manualClock, tempDir } from '../../fixtures/storage/helpers';
import { SAMPLE_UNIT } from '../../support/sampleData';

afterEach(cleanupTemps);

const open: ApiHost[] = [];
afterEach(async () => {
  for (const host of open.splice(0)) await host.close();
});

const TEN_MINUTES = 10 * 60 * 1000;

async function call(host: ApiHost, method: string, input: unknown) {
  const reply = await host.dispatch(method, input);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
  return reply.result as Record<string, unknown>;
}

/** A workspace whose rolling backup holds the unit named "…第一版", then an acknowledged save "…第二版". */
async function healthyWorkspace() {
  const root = tempDir('beian-restore-');
  const { clock, advance } = manualClock();
  let host = await openApiHost(root, { clock });
  await call(host, 'unit.save', { ...SAMPLE_UNIT, name: '厦门示例第一版科技有限公司' });
  await host.close();
  advance(TEN_MINUTES + 1000);
  host = await openApiHost(root, { clock }); // the on-open backup holds 第一版
  open.push(host);
  await call(host, 'unit.save', { ...SAMPLE_UNIT, name: '厦门示例第二版科技有限公司' });
  const status = await call(host, 'workspace.status', {});
  const backups = status.backups as { file: string; kind?: string }[];
  expect(backups.length).toBeGreaterThan(0);
  return { root, host, clock, advance, backup: backups[0]!.file };
}

const unitName = async (host: ApiHost) => (await call(host, 'unit.get', {})).name;

describe('workspace.restoreBackup keeps the workspace usable and never loses acknowledged saves', () => {
  it('a name that is not a backup is refused and the store stays open', async () => {
    const { host } = await healthyWorkspace();
    for (const file of ['not-a-backup', '../beian.sqlite', 'beian-20200101-000000-000.sqlite.gz']) {
      const reply = await host.dispatch('workspace.restoreBackup', { file, confirmSetAside: true });
      expect(reply.ok).toBe(false);
    }
    // Every later call still works (today: "工作目录已关闭" until a restart).
    await call(host, 'unit.save', { ...SAMPLE_UNIT, name: '厦门示例第三版科技有限公司' });
    expect(await unitName(host)).toBe('厦门示例第三版科技有限公司');
  });

  it('a damaged backup and one from a newer app are refused before the store is touched', async () => {
    const { root, host, backup } = await healthyWorkspace();
    const backupFile = path.join(root, 'backups', backup);
    const good = readFileSync(backupFile);
    writeFileSync(backupFile, gzipSync(Buffer.from('SQLite format 3\0'.padEnd(4096, 'x'))));
    const damaged = await host.dispatch('workspace.restoreBackup', { file: backup, confirmSetAside: true });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'STORAGE' } });

    const SQL = await initSqlJs();
    const newer = new SQL.Database();
    newer.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}; CREATE TABLE t (x)`);
    writeFileSync(backupFile, gzipSync(newer.export()));
    const refused = await host.dispatch('workspace.restoreBackup', { file: backup, confirmSetAside: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    if (!refused.ok) expect(refused.error.message).toContain(`数据版本 ${MIGRATIONS.length + 1}`);
    writeFileSync(backupFile, good);

    expect(await unitName(host)).toBe('厦门示例第二版科技有限公司');
    await call(host, 'unit.save', { ...SAMPLE_UNIT, name: '厦门示例第三版科技有限公司' });
    expect((await call(host, 'workspace.status', {})).replaced).toBeUndefined();
  });

  it('on a healthy workspace a restore needs confirmSetAside; without it nothing changes', async () => {
    const { root, host, backup } = await healthyWorkspace();
    const before = readFileSync(path.join(root, 'beian.sqlite'));
    const reply = await host.dispatch('workspace.restoreBackup', { file: backup });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'confirmSetAside' } });
    if (!reply.ok) expect(reply.error.message).toContain('另存');
    expect(readFileSync(path.join(root, 'beian.sqlite')).equals(before)).toBe(true);
    expect(await unitName(host)).toBe('厦门示例第二版科技有限公司');
  });

  it('confirmed: the current database is set aside, listed, and restorable back with every acknowledged save', async () => {
    const { root, host, backup, advance } = await healthyWorkspace();
    const restored = await call(host, 'workspace.restoreBackup', { file: backup, confirmSetAside: true });
    expect(restored.restoredFrom).toBe(backup);
    const replaced = restored.replaced as string;
    expect(replaced).toMatch(/^beian\.sqlite\.replaced-\d{8}-\d{6}$/);
    expect(existsSync(path.join(root, replaced))).toBe(true);
    expect(restored.backups).toContainEqual(expect.objectContaining({ file: replaced, kind: 'setAside' }));
    expect(await unitName(host)).toBe('厦门示例第一版科技有限公司');

    advance(1000);
    const back = await call(host, 'workspace.restoreBackup', { file: replaced, confirmSetAside: true });
    expect(back.restoredFrom).toBe(replaced);
    expect(await unitName(host)).toBe('厦门示例第二版科技有限公司');
    // The database it replaced (第一版) is itself set aside, and the one restored from stays listed.
    const names = (back.backups as { file: string }[]).map((b) => b.file);
    expect(names).toContain(back.replaced);
    expect(names).toContain(replaced);
  });

  it('an empty workspace restores without a confirmation', async () => {
    const { root, host, backup } = await healthyWorkspace();
    await host.close();
    open.splice(0);
    const fresh = tempDir('beian-restore-empty-');
    const fresh_backups = path.join(fresh, 'backups');
    const empty = await openApiHost(fresh);
    open.push(empty);
    writeFileSync(path.join(fresh_backups, backup), readFileSync(path.join(root, 'backups', backup)));
    await call(empty, 'workspace.restoreBackup', { file: backup });
    expect(await unitName(empty)).toBe('厦门示例第一版科技有限公司');
  });
});
