import type { Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { withCheck } from '../support/independentMod11';
import { test, expect } from './fixtures';
import { seedSpaces } from './seed';

// 退租 (issue 10, item 6): a customer space ends with 退租, not deletion — it stays in the register under the
// 已退租 filter, readable and restorable; 删除 is only for a record entered by mistake and still shows in 变更记录.
// Things are found by their visible labels, roles and text (docs/LABELS.md).

let today = todayInShanghai();
let openedOn = addDays(today, -3);
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
  openedOn = addDays(today, -3);
});
const person = (name: string, id: string) => ({ renterKind: '个人', renterName: name, renterIdType: '居民身份证', renterIdNumber: withCheck(id), openedOn });

const list = (page: Page) => page.getByRole('region', { name: '客户空间列表' });
const spaceRow = (page: Page, text: string) => list(page).getByRole('row').filter({ hasText: text });
const dataRows = (page: Page) => list(page).getByRole('row').filter({ hasText: /XM-IDC-/ });

test('客户空间: 退租 asks for 退租日期 (checked against 开通日期 and today), moves the space under 已退租, 撤销退租 brings it back; 删除 says it is for mistakes and shows in 变更记录', async ({ app }) => {
  const { page } = app;
  await seedSpaces(page, [person('退租甲', '35020319800101111'), person('误录乙', '35020319810202222')]);
  await page.getByRole('menuitem', { name: '客户空间' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '客户空间' })).toBeVisible();
  await expect(dataRows(page)).toHaveCount(2);

  // 退租: the dialog asks for the date; a day before 开通日期 and a day after today are refused with the field named.
  await spaceRow(page, '退租甲').getByRole('button', { name: '退租 XM-IDC-000001' }).click();
  const dialog = page.getByRole('dialog', { name: '退租：客户空间 XM-IDC-000001' });
  const endedOn = dialog.getByLabel('退租日期', { exact: true });
  await expect(endedOn).toHaveValue(today);
  const typeDate = async (d: string) => {
    await endedOn.fill(d);
    await endedOn.press('Enter');
    await expect(endedOn).toHaveValue(d);
  };
  await typeDate(addDays(openedOn, -1));
  await dialog.getByRole('button', { name: '确认退租' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`退租日期不能早于开通日期（${openedOn}）`);
  await typeDate(addDays(today, 1));
  await dialog.getByRole('button', { name: '确认退租' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`退租日期不能晚于今天（${today}）`);
  await typeDate(today);
  await dialog.getByRole('button', { name: '确认退租' }).click();
  await expect(dialog).toBeHidden();

  // Out of the list of spaces in service, kept under 已退租.
  await expect(dataRows(page)).toHaveCount(1);
  await expect(spaceRow(page, '退租甲')).toHaveCount(0);
  await expect(page.getByText('另有 1 个已退租（不在此列表中）')).toBeVisible();
  const tabs = page.getByRole('radiogroup', { name: '按报送状态筛选' });
  await tabs.getByText('已退租 1', { exact: true }).click();
  await expect(tabs.getByRole('radio', { name: '已退租 1' })).toBeChecked();
  await expect(dataRows(page)).toHaveCount(1);
  await expect(spaceRow(page, '退租甲')).toContainText(`已退租 ${today}`);

  // Readable: 编辑 opens the whole record.
  await spaceRow(page, '退租甲').getByRole('button', { name: '编辑 XM-IDC-000001' }).click();
  await expect(page.getByRole('region', { name: /编辑客户空间/ }).getByLabel('名称', { exact: true })).toHaveValue('退租甲');
  await page.getByRole('region', { name: /编辑客户空间/ }).getByRole('button', { name: '取消' }).click();

  // 撤销退租 (a 退租 made by mistake), confirmed first.
  await spaceRow(page, '退租甲').getByRole('button', { name: '撤销退租 XM-IDC-000001' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '撤销退租' }).click();
  await expect(page.getByText('已撤销客户空间 XM-IDC-000001 的退租')).toBeVisible();
  await expect(tabs.getByText('已退租 0', { exact: true })).toBeVisible();
  await tabs.getByText('全部 2', { exact: true }).click();
  await expect(dataRows(page)).toHaveCount(2);

  // 删除 is for a record entered by mistake, and says so before it deletes.
  await spaceRow(page, '误录乙').getByRole('button', { name: '删除 XM-IDC-000002' }).click();
  const confirm = page.getByRole('tooltip');
  await expect(confirm).toContainText('删除只用于误录入的记录；客户不再租用请用“退租”');
  await expect(confirm).toContainText('删除仍记入变更记录和月度变更报告');
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(spaceRow(page, '误录乙')).toHaveCount(0);

  // 变更记录 shows the 退租, its undoing and the deletion.
  await page.getByRole('menuitem', { name: '变更记录' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '变更记录' })).toBeVisible();
  const auditRows = page.getByRole('row').filter({ hasText: '客户空间' });
  // 退租 (新值 today) and 撤销退租 (原值 today).
  await expect(auditRows.filter({ hasText: '退租日期' }).filter({ has: page.getByRole('cell', { name: today, exact: true }) })).toHaveCount(2);
  await expect(auditRows.filter({ hasText: '空间编号' }).filter({ hasText: 'XM-IDC-000002' }).filter({ hasText: '（空）' }).first()).toBeVisible();
});
