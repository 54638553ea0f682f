import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ApiHost } from '../../../electron/api/host';
import { backupReminder } from '../../../electron/backup/backupReminder';
import { updateBackupState } from '../../../electron/backup/backupState';
import { cleanupTemps, tempDir } from '../../fixtures/storage/helpers';
import { call, openHost, PASSPHRASE, runBackup } from './fixture';

const hosts: ApiHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});
afterAll(cleanupTemps);

const DAY = 24 * 60 * 60 * 1000;
const backup = (daysAgo: number, offMachine: boolean) => ({ at: new Date(Date.now() - daysAgo * DAY).toISOString(), file: 'x.beianbak', folder: '/somewhere', bytes: 1, offMachine });

async function host() {
  const h = await openHost(tempDir('beian-reminder-'));
  hosts.push(h);
  return h;
}

describe('the backup reminder counts only backups off this computer', () => {
  it('a recent backup in this computer (the Documents folder) still leaves the reminder, saying why', async () => {
    const h = await host();
    await updateBackupState(h.session.store, { lastVerified: backup(1, false) });
    const [item] = backupReminder(h.session.store);
    expect(item?.text).toContain('还没有做过电脑以外的完整备份（已有的备份都在本机）');
    expect(item?.text).toContain('备份到本机“文档”文件夹不算');
    expect(item?.text).toContain('可移动磁盘');
  });

  it('an off-machine backup within the period: no reminder; past it: the days since that one', async () => {
    const h = await host();
    await updateBackupState(h.session.store, { lastVerified: backup(1, false), lastOffMachine: backup(10, true) });
    expect(backupReminder(h.session.store)).toEqual([]);
    await updateBackupState(h.session.store, { lastOffMachine: backup(40, true) });
    expect(backupReminder(h.session.store)[0]?.text).toContain('最近一次电脑以外的已校验完整备份是 40 天前（提醒周期 30 天）');
  });

  it('never backed up: the plain reminder', async () => {
    const h = await host();
    expect(backupReminder(h.session.store)[0]?.text).toContain('还没有做过完整备份');
  });

  it('a backup the person marks as off this computer (offMachine) clears the reminder', async () => {
    const h = await host();
    const done = await runBackup(h, { destination: tempDir('beian-reminder-out-'), passphrase: PASSPHRASE, offMachine: true });
    expect(done.phase, done.error?.message).toBe('done');
    const status = await call<{ due: boolean; lastOffMachine: { file: string } | null; lastVerified: { offMachine: boolean } }>(h, 'backup.status', {});
    expect(status.lastVerified.offMachine).toBe(true);
    expect(status.lastOffMachine?.file).toBe(done.result!.file);
    expect(status.due).toBe(false);
  }, 120_000);
});
