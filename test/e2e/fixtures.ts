import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronRuntime, launchElectronApp } from './electronApp';
import { startWebHost, type WebHostProcess } from './webHostProcess';

export interface AppHandle {
  /** The app's window (Electron) or tab (browser host), open on 概览. */
  page: Page;
  /** A fresh workspace folder for this test. */
  workspace: string;
  /**
   * Stops the app (host or Electron) and starts it again on the same workspace. `whileStopped` runs between the
   * two, when no background checkpoint can still write the workspace.
   */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
}

export const test = base.extend<{ app: AppHandle }>({
  app: async ({ browser }, use, testInfo) => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-'));
    try {
      if (testInfo.project.name === 'electron') {
        const runtime = electronRuntime();
        test.skip(!runtime.available, runtime.available ? '' : `Electron runtime not installed: ${runtime.reason}`);
        let app = await launchElectronApp(workspace);
        const handle: AppHandle = {
          page: app.page,
          workspace,
          restart: async (whileStopped) => {
            await app.close();
            await whileStopped?.();
            app = await launchElectronApp(workspace);
            handle.page = app.page;
          },
        };
        await use(handle);
        await app.close();
        return;
      }

      let host: WebHostProcess = await startWebHost(workspace);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(host.url);
      const handle: AppHandle = {
        page,
        workspace,
        restart: async (whileStopped) => {
          await host.stop();
          await whileStopped?.();
          host = await startWebHost(workspace);
          await page.goto(host.url);
        },
      };
      await use(handle);
      await context.close();
      await host.stop();
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  },
});

export { expect };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One row of 概览's 合规检查, by its article (the 条款 cell, exactly) and its topic (事项): several rows may
 * share an article (第九条 营业执照和业务经营许可证 and 法定代表人和主要负责人身份证件; 第十三条（二） 值班制度 and 专人二十四小时值班).
 */
export function complianceRow(page: Page, article: string, topic: string) {
  return page
    .getByRole('table', { name: '合规检查' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: article, exact: true }) })
    .filter({ hasText: topic });
}

/** The row's own 去处理 (named 去处理：<条款><事项>（<screen>）), not the 去处理 of one of its findings. */
export function complianceRowFix(page: Page, article: string, topic: string) {
  return complianceRow(page, article, topic).getByRole('button', { name: new RegExp(`^去处理：${escapeRegExp(article + topic)}（`) });
}
