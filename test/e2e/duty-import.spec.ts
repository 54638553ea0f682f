import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { test, expect } from './fixtures';
import { seed } from './seed';

// 导入排班表 as a user meets it on 值班表: the button, the file, the preview (替班, rejected cells, the month as it
// would be), 应用导入 — then the roster itself shows the imported names, and 撤销 names the import.

let month = todayInShanghai().slice(0, 7);
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  month = todayInShanghai().slice(0, 7);
});
const PEOPLE = [
  { name: '陈值班', idType: '居民身份证', idNumber: '35020319900101123X', roles: ['值班人员'] },
  { name: '林值班', idType: '居民身份证', idNumber: '350203198506152340', roles: ['值班人员'] },
  { name: '黄值班', idType: '居民身份证', idNumber: '350203199203043459', roles: ['值班人员'] },
  { name: '周替班', idType: '居民身份证', idNumber: '350203198512310026', roles: ['值班人员'] },
];
const SHIFTS = [
  { id: 'early', name: '早班', start: '08:00', end: '16:00' },
  { id: 'middle', name: '中班', start: '16:00', end: '00:00' },
  { id: 'night', name: '夜班', start: '00:00', end: '08:00' },
];

test('值班表: 导入排班表 previews the 替班 and the rejected cells, then 应用导入 puts the names on the roster as one 撤销', async ({ app }) => {
  const { page } = app;
  const people = [] as { id: string; name: string }[];
  for (const p of PEOPLE) people.push((await seed(page, 'people.save', p)) as { id: string; name: string });
  await seed(page, 'dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts: SHIFTS, rotation: people.slice(0, 3).map((p) => p.id), rotationStart: `${month}-01` });
  const last = String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate());
  await seed(page, 'dutyRoster.generate', { from: `${month}-01`, to: `${month}-${last}` });

  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '值班表', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '值班表', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '导入排班表', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `导入排班表（${month}）` });
  await expect(dialog).toBeVisible();

  // 周替班 is in nobody's rotation, so both of his cells are changes whatever the rotation gave.
  const csv = ['日期,星期,早班,中班,夜班,大夜班', `${month}-05,,周替班,,张三,`, `${month}-06,,,周替班,,陈值班`, '2000-01-01,,林值班,,,'].join('\n');
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByText('点击或拖入排班表文件').click();
  await (await choosing).setFiles({ name: '排班表.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

  await expect(dialog.getByText('排班表.csv（日期向下、班次横排）：2 个班次将记为替班')).toBeVisible();
  const rejected = dialog.getByRole('list', { name: '未能导入的单元格' });
  await expect(rejected.getByRole('listitem')).toHaveText([
    '第1行 第6列：找不到班次“大夜班”（班次有：早班、中班、夜班），这一列的1个单元格未导入',
    '第2行 夜班：找不到人员“张三”（请先在人员中登记，或检查姓名是否写错）',
    `第4行 日期：2000-01-01 不在所选月份 ${month} 内`,
  ]);
  const changes = dialog.getByRole('table', { name: '将记为替班的班次' });
  await expect(changes.getByRole('row', { name: new RegExp(`${month}-05 早班 .* 周替班`) })).toBeVisible();
  await expect(changes.getByRole('row', { name: new RegExp(`${month}-06 中班 .* 周替班`) })).toBeVisible();
  const after = dialog.getByRole('table', { name: `${month} 月视图` });
  await expect(after.getByRole('button', { name: `${month}-05 早班 周替班（已调班）` })).toBeVisible();

  // Nothing saved yet: only the preview has the imported name, not the roster behind the dialog.
  await expect(page.getByRole('button', { name: `${month}-05 早班 周替班（已调班）` })).toHaveCount(1);
  const screen = page.getByRole('table', { name: `${month} 月视图` });

  await dialog.getByRole('button', { name: '应用导入（2 个班次）' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已导入 2 个班次（记为替班，可撤销）')).toBeVisible();
  await expect(screen.getByRole('button', { name: `${month}-05 早班 周替班（已调班）` })).toBeVisible();
  await expect(screen.getByRole('button', { name: `${month}-06 中班 周替班（已调班）` })).toBeVisible();
  await expect(page.getByText('可撤销：导入排班表 排班表.csv（2 个班次）')).toBeVisible();
});

test('值班表: 导入排班表 with 选择文件… in the browser: the app’s own picker names the file, the host reads it', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop app opens the system dialog');
  const { page } = app;
  const people = [] as { id: string; name: string }[];
  for (const p of PEOPLE) people.push((await seed(page, 'people.save', p)) as { id: string; name: string });
  await seed(page, 'dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts: SHIFTS, rotation: people.slice(0, 3).map((p) => p.id), rotationStart: `${month}-01` });
  await seed(page, 'dutyRoster.generate', { from: `${month}-01`, to: `${month}-10` });
  // The browser host's picker starts at the home folder; the file sits in a fresh folder there.
  const folder = mkdtempSync(path.join(os.homedir(), 'beian-e2e-roster-'));
  try {
    writeFileSync(path.join(folder, '十二月排班.csv'), `日期,班次,值班人员\n${month}-03,夜班,周替班\n`);
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '值班表', exact: true }).click();
    await page.getByRole('button', { name: '导入排班表', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `导入排班表（${month}）` });
    await dialog.getByRole('button', { name: '选择文件…' }).click();
    const picker = page.getByRole('dialog', { name: '选择排班表文件' });
    await picker.getByRole('button', { name: os.homedir(), exact: true }).click();
    await picker.getByRole('button', { name: path.basename(folder), exact: true }).click();
    await picker.getByRole('button', { name: '十二月排班.csv', exact: true }).click();
    await expect(dialog.getByText('十二月排班.csv（每行一个班次）：1 个班次将记为替班')).toBeVisible();
    await dialog.getByRole('button', { name: '应用导入（1 个班次）' }).click();
    await expect(dialog).toBeHidden();
    const screen = page.getByRole('table', { name: `${month} 月视图` });
    await expect(screen.getByRole('button', { name: `${month}-03 夜班 周替班（已调班）` })).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
