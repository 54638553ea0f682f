import type { Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { test, expect } from './fixtures';
import { UNIT } from './data';
import { seed } from './seed';

// Issue 10, item 1: one license window per kind, every kind included. 证照's tag and 概览's row and 即将到期
// agree on a license 75 days from expiry: a 电信业务经营许可证 (90-day window) is flagged on both, a 其他 license
// (60-day window) on neither.

let today = todayInShanghai();
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
});

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

test('证照 and 概览 agree on licenses 75 days from expiry, 其他 included', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await seed(page, 'unit.save', { ...UNIT, roles: ['服务器架设单位'] });
  await seed(page, 'licenses.save', { kind: '电信业务经营许可证', number: '闽B1-20990075', issuer: '福建省通信管理局', validFrom: '2024-01-01', validTo: addDays(today, 75), scope: ['B11'], scans: [] });
  await seed(page, 'licenses.save', { kind: '其他', title: 'ICP许可证', number: '闽B2-20260075', issuer: '福建省通信管理局', validFrom: '2024-01-01', validTo: addDays(today, 75), scans: [] });
  await seed(page, 'licenses.save', { kind: '其他', title: '等保备案证明', number: 'DB-50', issuer: '厦门市公安局', validFrom: '2024-01-01', validTo: addDays(today, 50), scans: [] });

  await openScreen(page, '证照');
  const table = page.getByRole('table', { name: '证照列表' });
  await expect(table.getByRole('row').filter({ hasText: '闽B1-20990075' })).toContainText('75 天后到期');
  await expect(table.getByRole('row').filter({ hasText: '闽B2-20260075' })).toContainText('有效');
  await expect(table.getByRole('row').filter({ hasText: 'DB-50' })).toContainText('50 天后到期');

  await openScreen(page, '概览');
  const row = page.getByRole('table', { name: '合规检查' }).getByRole('row').filter({ hasText: '第九条' }).filter({ hasText: '营业执照' });
  await expect(row).toContainText(`电信业务经营许可证 闽B1-20990075：有效期至 ${addDays(today, 75)}，75 天后到期`);
  await expect(row).toContainText(`等保备案证明 DB-50：有效期至 ${addDays(today, 50)}，50 天后到期`);
  await expect(row).not.toContainText('闽B2-20260075');
  const deadlines = page.getByRole('table', { name: '即将到期' });
  await expect(deadlines).toContainText('闽B1-20990075');
  await expect(deadlines).toContainText('DB-50');
  await expect(deadlines).not.toContainText('闽B2-20260075');
});
