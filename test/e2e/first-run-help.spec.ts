import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { withCheck } from '../support/independentMod11';
import { expect, test } from './fixtures';
import { UNIT } from './data';
import { seed } from './seed';

// The first-run guide on 概览, the 帮助 screen, 导入 through 选择文件…, and Esc on the dialogs.

let today = todayInShanghai();
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
});
const STEPS = ['单位信息', '机房', '证照', '人员', '信息网络安全小组', '值班表', '服务器', '客户空间', '导出备案材料'];

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

const guide = (page: Page) => page.getByRole('list', { name: '首次使用步骤' });
const step = (page: Page, title: string) => guide(page).getByRole('listitem').filter({ hasText: new RegExp(`第\\d步 ${title}`) });

test('概览: the first-run guide lists the first package in order, ticks each step from the records, links to each screen and leaves once the basics are filed', async ({ app }) => {
  const { page } = app;
  test.setTimeout(120_000);
  const items = guide(page).getByRole('listitem');
  await expect(items).toHaveCount(STEPS.length);
  for (const [i, title] of STEPS.entries()) {
    await expect(items.nth(i)).toContainText(`第${i + 1}步 ${title}`);
    await expect(items.nth(i)).toContainText('未完成');
  }
  await expect(page.getByText('已完成 0 / 9 步')).toBeVisible();

  // Each step is a link to its screen; 机房's step leads to the first-room prompt.
  await step(page, '机房').getByRole('button', { name: '前往机房' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '机房' })).toBeVisible();
  await expect(page.getByText('请先登记一个机房')).toBeVisible();

  // Records filed behind the screen: the steps they complete are ticked on the next visit.
  await seed(page, 'unit.save', UNIT);
  await seed(page, 'idcRooms.save', { name: '厦门示例机房', address: '厦门市湖里区示例路2号' });
  await openScreen(page, '概览');
  await expect(step(page, '单位信息')).toContainText('已完成');
  await expect(step(page, '机房')).toContainText('已完成');
  await expect(step(page, '机房')).toContainText('已登记 1 个机房');
  await expect(step(page, '证照')).toContainText('未完成');
  await expect(page.getByText('已完成 2 / 9 步')).toBeVisible();

  // A person without 法定代表人/主要负责人 does not complete 人员.
  await seed(page, 'people.save', { name: '林值班', idType: '居民身份证', idNumber: '350203198506152340', roles: ['值班人员'] });
  const leader = (await seed(page, 'people.save', { name: '陈组长', idType: '居民身份证', idNumber: '35020319900101123X', roles: ['法定代表人'] })) as { id: string };
  await seed(page, 'licenses.save', { kind: '营业执照', number: UNIT.creditCode, issuer: '厦门市市场监督管理局', validFrom: '2024-01-01', validTo: addDays(today, 3650), scans: [] });
  await seed(page, 'securityGroup.save', { mode: 'idc', idcRoomName: '厦门示例机房', protectionPolicy: '一、机房出入登记。' });
  await seed(page, 'dutyRoster.saveSettings', {
    dutyPhone: '0592-5551234',
    shifts: [
      { id: 'day', name: '白班', start: '08:00', end: '20:00' },
      { id: 'night', name: '夜班', start: '20:00', end: '08:00' },
    ],
    rotation: [leader.id],
    rotationStart: today,
  });
  await openScreen(page, '证照');
  await openScreen(page, '概览');
  await expect(step(page, '人员')).toContainText('已完成');
  await expect(step(page, '值班表')).toContainText('已完成');
  await expect(step(page, '服务器')).toContainText('未完成');

  // The last basic step filed: the guide leaves 概览.
  await seed(page, 'servers.save', { assetNo: 'S-01', purposes: ['网站/虚拟空间'], onlineDate: today });
  await openScreen(page, '证照');
  await openScreen(page, '概览');
  await expect(page.getByRole('heading', { level: 2, name: '概览' })).toBeVisible();
  await expect(page.getByText('合规检查').first()).toBeVisible();
  await expect(guide(page)).toHaveCount(0);
});

test('帮助: the menu opens a Chinese 使用说明 with a section per task and links to the screens', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '帮助');
  const main = page.getByRole('main');
  for (const title of ['备案台做什么', '第一次使用：按顺序登记', '每月例行工作', '导出备案材料到U盘', '备份与恢复', '数据保存在哪里', '键盘操作']) {
    await expect(main.getByRole('heading', { level: 3, name: title })).toBeVisible();
  }
  const monthly = main.getByRole('region', { name: '每月例行工作' });
  await expect(monthly).toContainText('每月二十日前报送上月的变更（第十三条（三））');
  await expect(monthly.getByText('第十三条（三）', { exact: true })).toBeVisible();
  await monthly.getByRole('link', { name: '变更记录' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '变更记录' })).toBeVisible();
});

test('the keyboard works as 帮助 says: ↓ and Enter in the menu open a screen', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '概览', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '单位信息' })).toBeVisible();
});

async function importSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['空间编号', '客户名称', '证件类型', '证件号码', '绑定域名', '开通时间']);
  ws.addRow(['', '选择甲', '居民身份证', withCheck('35020319800101111'), 'pick.example.com', addDays(today, -2)]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('导入客户空间: 选择文件… picks the file in the app’s own browser and the wizard reads it; Esc closes the wizard and asks once a file is read', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop app opens the system dialog, which a test cannot click');
  const { page } = app;
  const folder = mkdtempSync(path.join(os.homedir(), 'beian-e2e-import-'));
  try {
    writeFileSync(path.join(folder, '计费系统导出.xlsx'), await importSheet());
    writeFileSync(path.join(folder, '说明.pdf'), 'not a sheet');
    await openScreen(page, '客户空间');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: '导入客户空间' });

    // Nothing chosen yet: Esc closes at once.
    await page.keyboard.press('Escape');
    await expect(wizard).toHaveCount(0);
    await page.getByRole('button', { name: '导入', exact: true }).click();

    // A file of the wrong kind is refused by name.
    await wizard.getByRole('button', { name: '选择文件…' }).click();
    const picker = page.getByRole('dialog', { name: '选择要导入的文件' });
    await picker.getByRole('button', { name: os.homedir(), exact: true }).click();
    await picker.getByRole('button', { name: path.basename(folder), exact: true }).click();
    await picker.getByRole('button', { name: '说明.pdf', exact: true }).click();
    await expect(picker).toHaveCount(0);
    await expect(wizard.getByText('只能导入 .xlsx、.csv 或 Excel 的 Unicode 文本（.txt）文件，所选文件是 说明.pdf')).toBeVisible();

    await wizard.getByRole('button', { name: '选择文件…' }).click();
    await picker.getByRole('button', { name: os.homedir(), exact: true }).click();
    await picker.getByRole('button', { name: path.basename(folder), exact: true }).click();
    await picker.getByRole('button', { name: '计费系统导出.xlsx', exact: true }).click();
    await expect(wizard.getByRole('region', { name: '预览' })).toContainText('选择甲');

    // A file was read and its columns matched: Esc asks before throwing that away.
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: '放弃未保存的内容？' });
    await ask.getByRole('button', { name: '继续填写' }).click();
    await expect(wizard.getByRole('region', { name: '预览' })).toContainText('选择甲');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: '放弃未保存的内容？' }).getByRole('button', { name: '放弃并关闭' }).click();
    await expect(wizard).toHaveCount(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('Esc on 编号规则: closes at once when nothing was changed, asks when the rule was edited', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '客户空间');
  await page.getByRole('button', { name: '编号规则' }).click();
  const dialog = page.getByRole('dialog', { name: '编号规则' });
  await expect(dialog.getByLabel('编号规则')).not.toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: '编号规则' }).click();
  await dialog.getByLabel('编号规则').fill('XM-{0000}');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '放弃未保存的内容？' }).getByRole('button', { name: '继续填写' }).click();
  await expect(dialog.getByLabel('编号规则')).toHaveValue('XM-{0000}');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '放弃未保存的内容？' }).getByRole('button', { name: '放弃并关闭' }).click();
  await expect(dialog).toHaveCount(0);
});
