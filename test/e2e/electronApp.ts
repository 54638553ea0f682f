import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronRuntime as detectRuntime, REPO_ROOT } from '../../scripts/electronRuntime.cjs';

export type ElectronRuntime = { available: true; executablePath: string } | { available: false; reason: string };

/**
 * Whether the Electron runtime binary is installed, detected exactly as `npm start` does
 * (scripts/electronRuntime.cjs: path.txt + the executable, never require('electron'), which would
 * try to download it). Where it is missing the Electron project's specs skip with `reason`.
 */
export function electronRuntime(): ElectronRuntime {
  const r = detectRuntime({ root: REPO_ROOT });
  return r.available ? { available: true, executablePath: r.executablePath } : { available: false, reason: r.reason };
}

export interface LaunchedElectronApp {
  /** The app's window, after 'domcontentloaded'. */
  page: Page;
  /** For main-process work in tests, e.g. answering native dialogs with `app.evaluate(({ dialog }) => …)`. */
  app: ElectronApplication;
  /** Quits the app (the main process closes the workspace first) and removes its profile folder. */
  close(): Promise<void>;
}

/**
 * Starts the built app (dist/electron/main.cjs) on `workspace` (BEIAN_WORKSPACE) with a fresh
 * Electron profile (BEIAN_USER_DATA) per launch, so parallel tests never share the single-instance
 * lock or window preferences. On Linux the lead's CI runs the suite under `xvfb-run`: Electron needs
 * an X display even for tests, and there is no headless switch.
 */
export async function launchElectronApp(workspace: string): Promise<LaunchedElectronApp> {
  const runtime = electronRuntime();
  if (!runtime.available) throw new Error(`Electron runtime not installed: ${runtime.reason}`);

  const userData = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-profile-'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
  env.BEIAN_WORKSPACE = workspace;
  env.BEIAN_USER_DATA = userData;

  let app: ElectronApplication;
  try {
    app = await _electron.launch({
      executablePath: runtime.executablePath,
      // --no-sandbox: CI containers run as root without a usable setuid chrome-sandbox.
      args: [path.join(REPO_ROOT, 'dist/electron/main.cjs'), '--no-sandbox'],
      cwd: REPO_ROOT,
      env,
    });
  } catch (err) {
    rmSync(userData, { recursive: true, force: true });
    throw err;
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await app.close();
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  };

  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return { page, app, close };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}
