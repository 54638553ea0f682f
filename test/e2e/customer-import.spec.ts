import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { withCheck } from '../support/independentMod11';
import { test, expect } from './fixtures';

// 导入客户空间 through the wizard, with a sheet made here the way a billing system would export it.
const ID_A = withCheck('35020319800101111');
const ID_B = withCheck('35020319810202222');
const ID_C = withCheck('35020319820303333');
const ID_D = withCheck('35020319830404444');
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
let opened = addDays(todayInShanghai(), -3);
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  opened = addDays(todayInShanghai(), -3);
});

async function sheet(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['空间编号', '客户名称', '证件类型', '证件号码', '绑定域名', '开通时间', '备注']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function openSpaces(page: Page) {
  await page.getByRole('menuitem', { name: '客户空间' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '客户空间' })).toBeVisible();
}

/** Picks a file in the wizard's drop area, as the user does through the file dialog. */
async function chooseFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: '导入客户空间' }).getByText('点击或拖入要导入的文件').click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

const rowsOf = (page: Page) => page.getByRole('region', { name: '客户空间列表' }).getByRole('row').filter({ hasText: /XM-IDC-/ });

test('导入: a broken file is refused in Chinese; good and bad rows are checked row by row, the rejected rows download, the good rows are imported', async ({ app }, testInfo) => {
  const { page } = app;
  await openSpaces(page);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入客户空间' });

  // Not a workbook at all: refused as a whole, the wizard stays on its first step.
  await chooseFile(page, '客户.xlsx', Buffer.from('这不是 Excel 文件'));
  await expect(dialog.getByText('未能读取文件')).toBeVisible();
  await expect(dialog.getByText(/不是有效的 \.xlsx 文件/)).toBeVisible();

  const file = await sheet([
    ['', '导入甲', '居民身份证', ID_A, 'a.example.com', opened, ''],
    ['', '导入乙', '居民身份证', wrongCheck(ID_B), 'b.example.com', opened, '校验位错'],
    ['', '导入丙', '居民身份证', ID_C, '厦门.中国', opened, ''],
    ['', '导入丁', '居民身份证', ID_D, 'a.example.com', opened, '域名重复'],
    ['合计：4 户', '', '', '', '', '', ''],
  ]);
  await chooseFile(page, '计费系统导出.xlsx', file);

  // 对应列: guessed from the headers; the preview reads the first rows through that mapping.
  const preview = dialog.getByRole('region', { name: '预览' });
  await expect(preview.getByRole('columnheader', { name: '租用者名称' })).toBeVisible();
  await expect(preview.getByRole('cell', { name: '导入甲' })).toBeVisible();
  await expect(preview.getByRole('cell', { name: '厦门.中国' })).toBeVisible();
  await expect(dialog.getByText(/共 4 行数据/)).toBeVisible();
  await expect(dialog.getByText('已跳过合计行（不是客户空间）：第 6 行')).toBeVisible();

  await dialog.getByRole('button', { name: '校验' }).click();
  await expect(dialog.getByText('可导入 2 行，将拒绝 2 行')).toBeVisible();
  const rejected = dialog.getByRole('region', { name: '被拒绝的行' });
  const row3 = rejected.getByRole('row').filter({ hasText: '第3行' });
  await expect(row3).toContainText('证件号码');
  await expect(row3).toContainText(/校验位/);
  await expect(rejected.getByRole('row').filter({ hasText: '第5行' })).toContainText('a.example.com');
  await expect(rejected.getByRole('cell', { name: /^第\d+行$/ })).toHaveText(['第3行', '第5行']);
  // A check writes nothing.
  await expect(page.getByText('共 0 个空间')).toBeVisible();

  // Electron hands the file to the system's save dialog, which a test cannot answer.
  if (testInfo.project.name !== 'electron') {
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载被拒绝的行' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const lines = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).map((v) => String(v ?? '')).join('|'));
    expect(lines[0]).toContain('错误原因');
    expect(lines.filter((l) => l.includes('导入乙') || l.includes('导入丁'))).toHaveLength(2);
    expect(lines.some((l) => l.includes('导入甲'))).toBe(false);
  }

  await dialog.getByRole('button', { name: '导入 2 行' }).click();
  await expect(dialog.getByText('已导入 2 行，拒绝 2 行', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText('共 2 个空间', { exact: true })).toBeVisible();
  await expect(rowsOf(page)).toHaveCount(2);
  await expect(rowsOf(page).filter({ hasText: '导入甲' })).toContainText('a.example.com');
  await expect(rowsOf(page).filter({ hasText: '导入丙' })).toContainText('厦门.中国');
  await expect(rowsOf(page).filter({ hasText: /导入乙|导入丁/ })).toHaveCount(0);
});
