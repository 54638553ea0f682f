import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UNIT } from './data';
import { startWebHost, type WebHostProcess } from './webHostProcess';

// 备份到U盘 and 从备份恢复 as a clerk meets them, by visible labels only. The browser host cannot offer a
// test folder as a USB drive; like the export spec, the host runs with HOME set to a fresh folder holding
// Documents/, which filing.destinations (and backup.find) always offer after the removable drives.

const PASSPHRASE = '旧电脑上的备份口令 2026';

interface BackupFixture {
  home: string;
  documents: string;
  /** Starts a browser host on `workspace` with this HOME and opens it in a fresh page. */
  open(workspace: string): Promise<Page>;
}

const test = base.extend<{ bk: BackupFixture }>({
  bk: async ({ browser }, use, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'Electron lists the real drives and Documents folder of this machine; the destination is set up for the browser host');
    const home = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-backup-home-'));
    const documents = path.join(home, 'Documents');
    mkdirSync(documents);
    const hosts: WebHostProcess[] = [];
    const folders: string[] = [home];
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    try {
      await use({
        home,
        documents,
        async open(workspace) {
          folders.push(workspace);
          const before = process.env.HOME;
          process.env.HOME = home;
          try {
            hosts.push(await startWebHost(workspace));
          } finally {
            if (before === undefined) delete process.env.HOME;
            else process.env.HOME = before;
          }
          const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
          contexts.push(context);
          const page = await context.newPage();
          await page.goto(hosts.at(-1)!.url);
          return page;
        },
      });
    } finally {
      for (const c of contexts) await c.close();
      for (const h of hosts) await h.stop();
      for (const f of folders) rmSync(f, { recursive: true, force: true });
    }
  },
});

async function callApi(page: Page, method: string, input: unknown): Promise<unknown> {
  const reply = (await page.evaluate(
    async ({ method, input }) => {
      const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? sessionStorage.getItem('beian.token') ?? '';
      const res = await fetch(`/api/${method}`, { method: 'POST', headers: { 'x-beian-token': token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
      return res.json() as Promise<unknown>;
    },
    { method, input },
  )) as { ok: boolean; result?: unknown; error?: { message: string } };
  if (!reply.ok) throw new Error(`${method}: ${reply.error?.message}`);
  return reply.result;
}

async function menu(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
}

test('备份到U盘 on one computer, 从备份恢复 on a new one: the unit comes back; a wrong passphrase is refused first', async ({ bk }) => {
  test.setTimeout(360_000); // two backups or restores at scrypt 2^18; a loaded CI machine needs the room
  const oldPc = await bk.open(mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-backup-old-')));
  // The unit is seeded through the host's own API (its form has its own spec).
  await callApi(oldPc, 'unit.save', { ...UNIT, roles: [...UNIT.roles] });
  await oldPc.reload();

  // 概览 reminds: never backed up.
  await menu(oldPc, '概览');
  await expect(oldPc.getByRole('note', { name: '备份提醒' })).toContainText('还没有做过完整备份');

  await menu(oldPc, '设置');
  await oldPc.getByRole('button', { name: '备份到U盘' }).click();
  const dialog = oldPc.getByRole('dialog', { name: '备份到U盘' });
  await dialog.getByRole('radio', { name: /本机“文档”文件夹/ }).check();
  await expect(dialog.getByText('没有口令，任何人——包括技术支持——都无法打开这个备份')).toBeVisible();
  await dialog.getByLabel('备份口令', { exact: true }).fill('short');
  await expect(dialog.getByText(/口令强度：弱/)).toBeVisible();
  await dialog.getByLabel('备份口令', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('再次输入备份口令').fill(`${PASSPHRASE}x`);
  await dialog.getByRole('button', { name: '开始备份' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('两次输入的备份口令不一致');
  await dialog.getByLabel('再次输入备份口令').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: '开始备份' }).click();
  await expect(dialog.getByText('已校验', { exact: true })).toBeVisible({ timeout: 180_000 });
  await oldPc.screenshot({ path: test.info().outputPath('backup-done.png') });
  await dialog.getByRole('button', { name: '完成' }).click();
  const files = readdirSync(bk.documents);
  expect(files).toEqual([expect.stringMatching(new RegExp(`^备案台备份_${UNIT.creditCode}_\\d{8}-\\d{6}\\.beianbak$`))]);
  await expect(oldPc.getByLabel('最近一次完整备份')).toContainText(files[0]!);
  await expect(oldPc.getByLabel('最近一次完整备份')).toContainText('在本机，不算电脑以外的备份');
  // The Documents folder is on this computer's disk: 概览 still reminds, and says why.
  await menu(oldPc, '概览');
  await expect(oldPc.getByRole('note', { name: '备份提醒' })).toContainText('还没有做过电脑以外的完整备份');
  await expect(oldPc.getByRole('note', { name: '备份提醒' })).toContainText('备份到本机“文档”文件夹不算');
  await oldPc.screenshot({ path: test.info().outputPath('reminder-local-backup.png') });

  // The new computer: an empty workspace offers 从备份恢复 on its first screen.
  const newPc = await bk.open(mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-backup-new-')));
  await expect(newPc.getByText('这是一个空的工作目录')).toBeVisible();
  await newPc.getByRole('button', { name: '从备份恢复' }).click();
  const restore = newPc.getByRole('dialog', { name: '从备份恢复' });
  await restore.getByRole('radio', { name: new RegExp(files[0]!.replace(/[.]/g, '\\.')) }).check();
  await restore.getByLabel('备份口令').fill('这不是那个口令');
  await restore.getByRole('button', { name: '开始恢复' }).click();
  await expect(restore.getByRole('alert')).toContainText('备份口令不正确', { timeout: 120_000 });
  await restore.getByLabel('备份口令').fill(PASSPHRASE);
  await restore.getByRole('button', { name: '开始恢复' }).click();
  await expect(newPc.getByText(`当前数据已从备份恢复：${files[0]!}`)).toBeVisible({ timeout: 120_000 });
  await newPc.screenshot({ path: test.info().outputPath('restore-done.png') });
  await menu(newPc, '单位信息');
  await expect(newPc.getByLabel('单位名称')).toHaveValue(UNIT.name);
});

test('选择文件夹… in the browser: a folder marked off this computer clears the reminder; 选择文件… restores from it', async ({ bk }) => {
  test.setTimeout(360_000); // two backups or restores at scrypt 2^18; a loaded CI machine needs the room
  const drive = path.join(bk.home, '移动硬盘');
  mkdirSync(drive);
  const oldPc = await bk.open(mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-backup-old-')));
  await callApi(oldPc, 'unit.save', { ...UNIT, roles: [...UNIT.roles] });
  await oldPc.reload();

  await menu(oldPc, '设置');
  await oldPc.getByRole('button', { name: '备份到U盘' }).click();
  const dialog = oldPc.getByRole('dialog', { name: '备份到U盘' });
  await dialog.getByRole('button', { name: '选择文件夹…' }).click();
  const picker = oldPc.getByRole('dialog', { name: '选择备份的保存位置' });
  await picker.getByRole('button', { name: bk.home, exact: true }).click();
  await picker.getByRole('button', { name: '移动硬盘', exact: true }).click();
  await picker.getByRole('button', { name: '选择此文件夹' }).click();
  await expect(picker).toHaveCount(0);
  await expect(dialog.getByRole('radio', { name: `选择的文件夹：${drive}` })).toBeChecked();
  await dialog.getByRole('checkbox', { name: /保存位置在电脑以外/ }).check();
  await dialog.getByLabel('备份口令', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('再次输入备份口令').fill(PASSPHRASE);
  await oldPc.screenshot({ path: test.info().outputPath('backup-picked-folder.png') });
  await dialog.getByRole('button', { name: '开始备份' }).click();
  await expect(dialog.getByText('已校验', { exact: true })).toBeVisible({ timeout: 180_000 });
  await dialog.getByRole('button', { name: '完成' }).click();
  const files = readdirSync(drive);
  expect(files).toEqual([expect.stringMatching(/\.beianbak$/)]);
  expect(readdirSync(bk.documents)).toEqual([]);
  await expect(oldPc.getByLabel('最近一次完整备份')).toContainText(files[0]!);
  await expect(oldPc.getByLabel('最近一次完整备份')).not.toContainText('在本机');
  expect(await callApi(oldPc, 'backup.status', {})).toMatchObject({ due: false, lastOffMachine: { file: files[0] } });
  await menu(oldPc, '概览');
  await expect(oldPc.getByRole('heading', { level: 2, name: '概览' })).toBeVisible();
  await expect(oldPc.getByRole('note', { name: '备份提醒' })).toHaveCount(0);

  // The new computer finds the file itself: it is not at the top of a drive or the Documents folder.
  const newPc = await bk.open(mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-backup-new-')));
  await newPc.getByRole('button', { name: '从备份恢复' }).click();
  const restore = newPc.getByRole('dialog', { name: '从备份恢复' });
  await restore.getByRole('button', { name: '选择文件…' }).click();
  const filePicker = newPc.getByRole('dialog', { name: '选择要恢复的备案台备份（.beianbak）' });
  await filePicker.getByRole('button', { name: bk.home, exact: true }).click();
  await filePicker.getByRole('button', { name: '移动硬盘', exact: true }).click();
  await filePicker.getByRole('button', { name: files[0]!, exact: true }).click();
  await expect(restore.getByRole('radio', { name: `选择的文件：${path.join(drive, files[0]!)}` })).toBeChecked();
  await restore.getByLabel('备份口令').fill(PASSPHRASE);
  await restore.getByRole('button', { name: '开始恢复' }).click();
  await expect(newPc.getByText(`当前数据已从备份恢复：${files[0]!}`)).toBeVisible({ timeout: 120_000 });
  await menu(newPc, '单位信息');
  await expect(newPc.getByLabel('单位名称')).toHaveValue(UNIT.name);
});
