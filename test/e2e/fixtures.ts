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
  /** Stops the app (host or Electron) and starts it again on the same workspace. */
  restart(): Promise<void>;
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
          restart: async () => {
            await app.close();
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
        restart: async () => {
          await host.stop();
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
