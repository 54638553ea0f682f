import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHost, type WebHostProcess } from './webHostProcess';

// Opening 导出备案材料 with a destination that holds the hidden partial of an export that died (ID scans in a
// hidden folder): the listing removes it and the screen says so. As in export.spec.ts, the browser host offers the
// Documents folder of a HOME made for the test.

test('导出备案材料 removes what an interrupted export left on the destination and says how many', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the destination is set up for the browser host');
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-partials-ws-'));
  const home = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-partials-home-'));
  const documents = path.join(home, 'Documents');
  const folder = '备案材料_91350200MA2Y8K3L0G_20261124';
  const partial = path.join(documents, `.${folder}.partial-0a1b2c3d`);
  mkdirSync(path.join(partial, 'images'), { recursive: true });
  writeFileSync(path.join(partial, 'images', '03_法定代表人_演示_证件正面.jpg'), Buffer.alloc(2000, 1));
  // The export that made it has died: its owner file names a PID that no longer runs.
  const dead = spawnSync(process.execPath, ['-e', '']).pid;
  writeFileSync(`${partial}.owner`, JSON.stringify({ app: 'beian-desk/filing-export', host: os.hostname(), pid: dead }));
  let host: WebHostProcess | undefined;
  const before = process.env.HOME;
  try {
    process.env.HOME = home;
    try {
      host = await startWebHost(workspace);
    } finally {
      if (before === undefined) delete process.env.HOME;
      else process.env.HOME = before;
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '导出备案材料', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: '导出备案材料', exact: true })).toBeVisible();
    const card = page.getByRole('radiogroup', { name: '目标位置' });
    await expect(card).toContainText(documents);
    await expect(page.getByRole('status').filter({ hasText: '已删除 1 个此前中断的导出留下的临时文件（夹）' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '其中可能有证件扫描件' })).toContainText('本机“文档”文件夹');
    await page.setViewportSize({ width: 1366, height: 768 });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('destinations-1366x768.png') });
    expect(existsSync(partial)).toBe(false);
    expect(readdirSync(documents)).toEqual([]);
    await context.close();
  } finally {
    await host?.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
});
