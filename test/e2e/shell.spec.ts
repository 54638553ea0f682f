import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { MENU_ITEMS, UNIT, WRONG_CHECK_CREDIT_CODE } from './data';

/** Console errors, uncaught exceptions and CSP violations, collected from a page from now on. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation;
      report(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  // Listeners are in place: start over so that loading the app is watched too.
  await page.reload();
  return problems;
}

test('the left menu holds every screen, in order, and each opens its screen', async ({ app }) => {
  const { page } = app;
  const problems = await watchForProblems(page);
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('menuitem')).toHaveText([...MENU_ITEMS]);

  for (const name of MENU_ITEMS) {
    await menu.getByRole('menuitem', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    // A screen not built yet says so honestly, and names the article it will serve.
    const main = page.getByRole('main');
    if ((await main.getByText('此功能尚在开发中').count()) > 0) {
      await expect(main.getByText(/^第[一二三四五六七八九十]+条$/).first()).toBeVisible();
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: '备案台' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('no console errors and no CSP violations while using the app', async ({ app }) => {
  const { page } = app;
  const problems = await watchForProblems(page);

  await page.getByRole('menuitem', { name: '单位信息' }).click();
  await page.getByLabel('单位名称', { exact: true }).fill(UNIT.name);
  const code = page.getByLabel('统一社会信用代码', { exact: true });
  await code.fill(WRONG_CHECK_CREDIT_CODE);
  await code.blur();
  await expect(page.getByText(/校验位.*应为X/)).toBeVisible();
  await code.fill(UNIT.creditCode);
  await page.getByRole('checkbox', { name: 'IDC机房服务单位' }).check();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  await page.getByRole('menuitem', { name: '概览' }).click();
  await expect(page.getByRole('table', { name: '单位信息填写情况' })).toBeVisible();
  await page.getByRole('menuitem', { name: '变更记录' }).click();
  await expect(page.getByRole('table', { name: '变更记录' }).getByRole('row').filter({ hasText: UNIT.name })).toBeVisible();

  // The app's styles really are applied (they would be blocked without the nonce).
  const selected = page.getByRole('menuitem', { name: '变更记录' });
  await expect(selected).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  expect(problems).toEqual([]);
});

test('a damaged database is set aside and the user is offered the backups', async ({ app }) => {
  const { page } = app;
  await page.getByRole('menuitem', { name: '单位信息' }).click();
  await page.getByLabel('单位名称', { exact: true }).fill(UNIT.name);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  // Break the database file while the app is stopped (a checkpoint still running would write over it), then start it.
  await app.restart(() => writeFileSync(path.join(app.workspace, 'beian.sqlite'), 'this is not an SQLite database '.repeat(200)));
  const problems = await watchForProblems(app.page);

  const dialog = app.page.getByRole('dialog', { name: '数据库文件已损坏' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('没有被覆盖或删除');
  const restoreButtons = dialog.getByRole('button', { name: /恢复此备份/ });
  if ((await restoreButtons.count()) > 0) {
    await expect(dialog.getByText('推荐：最新的备份')).toBeVisible();
    await restoreButtons.first().click();
    await expect(dialog).toBeHidden();
    await expect(app.page.getByRole('main').getByText('完好', { exact: true })).toBeVisible();
  } else {
    await expect(dialog.getByText(/没有可用的完好备份/)).toBeVisible();
  }
  expect(problems).toEqual([]);
});
