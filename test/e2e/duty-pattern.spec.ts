import type { Locator, Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { test, expect } from './fixtures';
import { seed } from './seed';

// 轮班模式 on 值班表 by the labels: a template chosen, a clash named on its field, the month previewed (nothing
// saved), then applied. People are seeded through the app's own API (人员 has its own spec).

let month = todayInShanghai().slice(0, 7);
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  month = todayInShanghai().slice(0, 7);
});
const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
const PEOPLE = [
  { name: '甲值班', idType: '居民身份证', idNumber: '35020319900101123X', roles: ['值班人员'] },
  { name: '乙值班', idType: '居民身份证', idNumber: '350203198506152340', roles: ['值班人员'] },
  { name: '丙值班', idType: '居民身份证', idNumber: '350203199203043459', roles: ['值班人员'] },
  { name: '丁值班', idType: '居民身份证', idNumber: '350203198512310026', roles: ['值班人员'] },
];

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function choose(select: Locator, text: string) {
  await select.fill(text);
  await select.press('Enter');
}

async function typeDate(page: Page, label: string, value: string) {
  const input = field(page, label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/** The cells of one person's row in the preview table. */
const rowCells = (dialog: Locator, name: string) => dialog.getByRole('table', { name: '预览排班' }).getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');

test('值班表: 轮班模式 四人三班 previewed for the month before it is applied; a clashing custom cycle is named on 轮班模式', async ({ app }) => {
  test.slow();
  const { page } = app;
  for (const p of PEOPLE) await seed(page, 'people.save', p);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '值班表', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '值班表', exact: true })).toBeVisible();

  await field(page, '值班电话').fill('0592-5551234');
  await field(page, '轮换').click();
  for (const p of PEOPLE) await page.getByRole('option', { name: p.name, exact: true }).click();
  await field(page, '轮换').press('Escape');
  await expect(page.getByRole('list', { name: '轮换顺序' }).getByRole('listitem')).toHaveText(PEOPLE.map((p) => p.name));
  await typeDate(page, '轮换开始日期', day(1));

  // The template sets its 班次 too.
  await choose(field(page, '轮班模式'), '四人三班');
  await expect(page.getByText('每人按周期轮转：早班→中班→夜班→休')).toBeVisible();
  await expect(page.getByRole('group', { name: '第3个班次：夜班' }).getByLabel('开始时间', { exact: true })).toHaveValue('00:00');

  // A custom cycle where two people meet on one shift is refused on 轮班模式, naming the day and the people.
  await choose(field(page, '轮班模式'), '自定义周期');
  const cycle = page.getByRole('list', { name: '轮班周期' });
  await expect(cycle.getByRole('listitem')).toHaveCount(4);
  await choose(cycle.getByLabel('第4天', { exact: true }), '早班');
  await expect(page.getByText('周期第1天的早班同时排到第1位、第4位值班人员；请调整周期天数或人数')).toBeVisible();
  await choose(cycle.getByLabel('第4天', { exact: true }), '休');
  await expect(page.getByText(/同时排到/)).toHaveCount(0);
  await expect(page.getByText('周期：早班→中班→夜班→休')).toBeVisible();

  // 预览: nothing is saved; each person walks 早→中→夜→休, a day apart.
  await page.getByRole('button', { name: '预览本月排班' }).click();
  const dialog = page.getByRole('dialog', { name: `预览：${month} 排班` });
  await expect(dialog).toBeVisible();
  await expect(rowCells(dialog, '甲值班').first()).toHaveText('早班');
  await expect(rowCells(dialog, '甲值班')).toHaveText(Array.from({ length: await rowCells(dialog, '甲值班').count() }, (_, i) => ['早班', '中班', '夜班', '休'][i % 4]!));
  await expect(rowCells(dialog, '乙值班').nth(0)).toHaveText('中班');
  await expect(rowCells(dialog, '丁值班').nth(0)).toHaveText('休');
  await expect(dialog.getByText('全时段已覆盖（24×7）')).toBeVisible();
  await expect(dialog.getByRole('table', { name: '工时统计表' }).getByRole('row', { name: /^甲值班/ })).toBeVisible();
  await dialog.getByRole('button', { name: '关闭预览' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('请先保存值班设置（值班电话、班次、轮换）。')).toBeVisible();

  // Applied from the preview: saved and generated, as previewed.
  await page.getByRole('button', { name: '预览本月排班' }).click();
  await dialog.getByRole('button', { name: /保存设置并生成本月排班/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(new RegExp(`^值班设置已保存，已生成 ${day(1)} 至`))).toBeVisible();
  await expect(page.getByRole('button', { name: `${day(2)} 早班 丁值班`, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `${day(2)} 中班 甲值班`, exact: true })).toBeVisible();

  await page.reload();
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '值班表', exact: true }).click();
  await expect(page.getByText('周期：早班→中班→夜班→休')).toBeVisible();
});
