import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, complianceRowFix } from './fixtures';
import { seed } from './seed';

// A clerk's day: the folder picker of 导出备案材料, 去处理 landing on the field, the 客户空间 drawer and the skip link.

const daysAgo = (n: number) => new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);

test('导出备案材料: 选择文件夹… browses the home folder (folders only) and the chosen folder becomes the destination', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop app opens the system dialog, which a test cannot click');
  const { page } = app;
  const target = mkdtempSync(path.join(os.homedir(), 'beian-e2e-target-'));
  try {
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '导出备案材料' }).click();
    await page.getByRole('button', { name: '选择文件夹…' }).click();
    const picker = page.getByRole('dialog', { name: '选择备案材料的目标文件夹' });
    await expect(picker.getByRole('button', { name: '选择此文件夹' })).toBeDisabled(); // the starting points are not a folder yet
    await picker.getByRole('button', { name: os.homedir(), exact: true }).click();
    await picker.getByRole('button', { name: path.basename(target), exact: true }).click();
    await picker.getByRole('button', { name: '选择此文件夹' }).click();
    await expect(picker).toHaveCount(0);
    const chosen = page.getByRole('radio', { name: new RegExp(`所选文件夹\\s*${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await expect(chosen).toBeChecked();
  } finally {
    rmSync(target, { recursive: true, force: true });
  }
});

test('概览: 去处理 of a server past its 30 days opens that server at 备案日期', async ({ app }) => {
  const { page } = app;
  await seed(page, 'unit.save', {
    name: '厦门去处理测试有限公司',
    creditCode: '91350200123456788X',
    roles: ['服务器架设单位'],
    registeredAddress: '厦门市思明区示例路1号',
    officeAddress: '厦门市思明区示例路1号',
    phone: '0592-5551234',
    email: 'a@example.com',
  });
  await seed(page, 'servers.save', { assetNo: 'LATE-01', purposes: ['网站/虚拟空间'], onlineDate: daysAgo(45) });
  await page.reload();
  await complianceRowFix(page, '第八条', '服务器联网三十日内备案').click();
  await expect(page.getByRole('heading', { level: 2, name: '服务器' })).toBeVisible();
  await expect(page.getByLabel('资产编号', { exact: true })).toHaveValue('LATE-01');
  await expect(page.getByLabel('备案日期', { exact: true })).toBeFocused();
});

test('客户空间 drawer: focus on the first field; Esc closes it when nothing was typed and asks when something was; 单位 judges no field before it is typed', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '客户空间' }).click();
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: '新增客户空间' });
  await expect(drawer.getByLabel('空间编号', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  await page.getByRole('button', { name: '新增', exact: true }).click();
  await drawer.getByLabel('名称', { exact: true }).fill('厦门某某公司');
  await drawer.getByRole('radio', { name: '单位', exact: true }).check();
  await expect(drawer.getByLabel('单位负责人', { exact: true })).toBeVisible();
  await expect(drawer.getByText(/请填写/)).toHaveCount(0); // nothing judged before it was typed

  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: '放弃未保存的内容？' });
  await ask.getByRole('button', { name: '继续填写' }).click();
  await expect(drawer.getByLabel('名称', { exact: true })).toHaveValue('厦门某某公司');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '放弃未保存的内容？' }).getByRole('button', { name: '放弃并关闭' }).click();
  await expect(drawer).toHaveCount(0);

  // 保存 judges every field, typed or not.
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(drawer.getByText(/请填写/).first()).toBeVisible();
});

test('a skip link is the first stop of the keyboard and moves the focus to the main content', async ({ app }) => {
  const { page } = app;
  // As a person does: the first Tab once the window shows the app (pressed before the page has drawn, it lands nowhere).
  await expect(page.getByRole('heading', { level: 2, name: '概览', exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
